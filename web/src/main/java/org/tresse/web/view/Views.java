package org.tresse.web.view;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/** The precompiled jte templates (HTML escaped by default): {@code views.render("home.jte", model)}. */
public final class Views {
    private final TemplateEngine engine =
            TemplateEngine.createPrecompiled(null, ContentType.Html, Views.class.getClassLoader(), "org.tresse.web.templates");

    public String render(String template, java.util.Map<String, Object> model) {
        StringOutput output = new StringOutput(8 * 1024);
        engine.render(template, model, output);
        return output.toString();
    }
}
