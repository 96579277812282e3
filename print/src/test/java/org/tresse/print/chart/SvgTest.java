package org.tresse.print.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class SvgTest {
    static final String HOSTILE = "</title><script>alert(1)</script> & \"« café »\" \u0001";

    @Test
    void a_chart_is_valid_xml_whatever_its_labels_say_with_its_title_and_description_first() throws Exception {
        for (Chart.Kind kind : Chart.Kind.values()) {
            Chart chart = new Chart("c", kind, HOSTILE, "desc " + HOSTILE, "Label", "Value",
                    List.of(new Chart.Datum(HOSTILE, 3, "3 <b>"), new Chart.Datum("b", 0, "0"), new Chart.Datum("c", 12, "12")), 0);
            String svg = Svg.draw(chart, "#234f45");
            Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
            assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
            assertThat(document.getDocumentElement().getFirstChild().getNodeName()).isEqualTo("title");
            assertThat(document.getDocumentElement().getFirstChild().getTextContent()).isEqualTo(HOSTILE.replace("\u0001", ""));
            assertThat(document.getDocumentElement().getFirstChild().getNextSibling().getNodeName()).isEqualTo("desc");
            assertThat(document.getElementsByTagName("script").getLength()).isZero();
        }
    }

    @Test
    void bars_are_scaled_on_the_largest_value_and_every_value_is_written_out() {
        Chart chart = new Chart("c", Chart.Kind.BARS, "t", "d", "l", "v",
                List.of(new Chart.Datum("a", 10, "10"), new Chart.Datum("b", 5, "5")), 0);
        String svg = Svg.draw(chart, "#000000");
        assertThat(chart.scale()).isEqualTo(10);
        assertThat(svg).contains(">10</text>").contains(">5</text>").contains("width=\"360\"").contains("width=\"180\"");
    }
}
