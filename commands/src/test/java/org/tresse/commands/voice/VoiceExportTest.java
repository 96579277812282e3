package org.tresse.commands.voice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.commands.WithCommands;
import org.tresse.core.export.ExportFormat;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.TestTresse;
import org.tresse.testkit.store.StoreTest;

@StoreTest
class VoiceExportTest {
    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    TestTresse tresse;

    @BeforeEach
    void voices() {
        tresse = WithCommands.tresse(db.database())
                .channels("console", "telegram")
                .build();
        MemoryChannel console = tresse.channel("console");
        MemoryChannel telegram = tresse.channel("telegram");
        console.say("ana", "/moi");
        console.say("bob", "/avis =1+1 des chiffres, \"des guillemets\" #Café");
        telegram.say("4242", "Je préfère rester discret <script>alert(1)</script> #café #secret --anonyme");
        console.say("carla", "Une autre idée\nsur deux lignes");
        console.say("ana", "/repondre 1 Merci Bob");
        console.say("ana", "/avis 3 statut clos");
    }

    @Test
    void csv_has_one_table_per_file_in_french_and_no_sender_for_anonymous_voices() {
        String csv = tresse.export("voix", ExportFormat.CSV);
        assertThat(csv).startsWith("numero,date,statut,themes,anonyme,auteur,canal,reponses,sondage,texte\r\n");
        assertThat(csv).contains("1,2024-03-02,repondu,#café,non,bob,console,1,,\"'=1+1 des chiffres, \"\"des guillemets\"\"\"");
        assertThat(csv).contains("2,2024-03-02,nouveau,#café #secret,oui,,,0,,Je préfère rester discret <script>alert(1)</script>");
        assertThat(csv).contains("3,2024-03-02,clos,,non,carla,console,0,,\"Une autre idée\nsur deux lignes\"");
        assertThat(csv).doesNotContain("statut,nombre").doesNotContain("4242").doesNotContain("telegram");
        assertThat(tresse.exportTable("avis", "statuts", ExportFormat.CSV)).isEqualTo("statut,nombre\r\nnouveau,1\r\nlu,0\r\nrepondu,1\r\nclos,1\r\n");
        assertThat(tresse.exportTable("avis", "themes", ExportFormat.CSV)).isEqualTo("theme,nombre\r\n#café,2\r\n#secret,1\r\n");
        assertThat(tresse.export("avis", ExportFormat.EXCEL))
                .startsWith("numero;date;statut;themes;anonyme;auteur;canal;reponses;sondage;texte\r\n")
                .contains("1;2024-03-02;repondu;#café;non;bob;console;1;;\"'=1+1 des chiffres, \"\"des guillemets\"\"\"");
    }

    @Test
    void markdown_escapes_what_people_typed() {
        String markdown = tresse.export("voix", ExportFormat.MD);
        assertThat(markdown).contains("# Avis des habitants").contains("| repondu | 1 |").contains("\\#café")
                .contains("&lt;script&gt;alert\\(1\\)&lt;/script&gt;").contains("Anonyme").contains("Réponse de ana")
                .doesNotContain("<script>").doesNotContain("4242");
    }

    @Test
    void json_leaves_out_author_and_channel_of_anonymous_voices() throws Exception {
        JsonNode root = new ObjectMapper().readTree(tresse.export("voix", ExportFormat.JSON));
        assertThat(root.path("counts").path("status").path("nouveau").asInt()).isEqualTo(1);
        assertThat(root.path("counts").path("tags").path("café").asInt()).isEqualTo(2);
        JsonNode anonymous = root.path("voices").get(1);
        assertThat(anonymous.path("anonymous").asBoolean()).isTrue();
        assertThat(anonymous.has("author")).isFalse();
        assertThat(anonymous.has("channel")).isFalse();
        JsonNode named = root.path("voices").get(0);
        assertThat(named.path("author").asText()).isEqualTo("bob");
        assertThat(named.path("answers").get(0).path("text").asText()).isEqualTo("Merci Bob");
        assertThat(root.toString()).doesNotContain("4242");
    }
}
