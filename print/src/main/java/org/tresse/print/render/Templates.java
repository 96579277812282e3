package org.tresse.print.render;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The jte templates of {@code src/main/jte}, compiled to Java at build time (the same engine as
 * the web pages): HTML-escaping by default, no compiler at run time.
 */
final class Templates {
    private static final TemplateEngine ENGINE =
            TemplateEngine.createPrecompiled(null, ContentType.Html, Templates.class.getClassLoader(), "org.tresse.print.templates");

    private Templates() {}

    static String render(String template, Object model) {
        StringOutput output = new StringOutput(64 * 1024);
        ENGINE.render(template, model, output);
        return output.toString();
    }
}
