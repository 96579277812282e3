package org.tresse.print.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Reading Tresse's XHTML and SVG as XML: a parse error fails the test. */
final class Xhtml {
    private Xhtml() {}

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    static List<Element> all(Node from, String xpath) throws Exception {
        XPath path = XPathFactory.newInstance().newXPath();
        path.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return prefix.equals("h") ? "http://www.w3.org/1999/xhtml" : prefix.equals("s") ? "http://www.w3.org/2000/svg" : null;
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
        NodeList nodes = (NodeList) path.evaluate(xpath, from, XPathConstants.NODESET);
        List<Element> elements = new ArrayList<>();
        for (int index = 0; index < nodes.getLength(); index++) {
            elements.add((Element) nodes.item(index));
        }
        return elements;
    }

    /** An SVG is valid XML on its own, an image whose title and description are its text alternative. */
    static void svgHasItsTextAlternative(Element svg) throws Exception {
        StringWriter alone = new StringWriter();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(svg), new StreamResult(alone));
        Document reparsed = parse(alone.toString());
        Element root = reparsed.getDocumentElement();
        assertThat(root.getAttribute("role")).isEqualTo("img");
        List<Element> title = all(root, "s:title");
        List<Element> desc = all(root, "s:desc");
        assertThat(title).hasSize(1);
        assertThat(desc).hasSize(1);
        assertThat(title.get(0).getTextContent()).isNotBlank();
        assertThat(desc.get(0).getTextContent()).isNotBlank();
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo(title.get(0).getAttribute("id") + " " + desc.get(0).getAttribute("id"));
    }
}
