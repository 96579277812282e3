package org.tresse.config;

import static org.tresse.config.internal.ConfigTexts.said;
import static org.tresse.config.internal.ConfigTexts.with;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tresse.config.internal.ConfigMapper;
import org.tresse.config.internal.EnvironmentSubstitution;
import org.tresse.config.internal.InvalidField;
import org.tresse.config.internal.JacksonProblems;
import org.tresse.config.internal.LocationIndex;
import org.tresse.config.internal.Problem;
import org.tresse.config.internal.Said;
import org.tresse.config.internal.YamlSyntaxProblems;

/**
 * Reads {@code tresse.yml}: replaces {@code ${VAR}} and {@code ${VAR:-default}} from the
 * environment (outside comments), parses strictly, checks every rule, and throws a
 * {@link ConfigException} naming file, line, column and field for the first problem found.
 * Thread-safe.
 */
public final class ConfigLoader {
    private static final YAMLFactory FACTORY = ConfigMapper.factory();
    private static final ObjectMapper MAPPER = ConfigMapper.create();

    private final Function<String, String> environment;

    /** Reads variables from the process environment. */
    public ConfigLoader() {
        this(System::getenv);
    }

    /** Reads variables from {@code environment}, which returns null for an unset variable. */
    public ConfigLoader(Function<String, String> environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    /** The configuration in {@code file}, which must exist. */
    public TresseConfig load(Path file) {
        String source = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(source, 0, 0, null, said("config.chargement.fichier.existe.creez"));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConfigException(source, 0, 0, null, said("config.chargement.impossible.lire.fichier", e.getMessage()));
        }
        return load(decode(bytes, source), source);
    }

    /** A configuration, with what {@code ./tresse check} should point out in it. */
    public record Checked(TresseConfig config, List<ConfigWarning> warnings) {}

    /** Fields that hold a secret: written in the file itself, they end up in backups, copies and screenshots. */
    private static final List<String> SECRETS = List.of("storage.password", "channels.telegram.token",
            "channels.telegram.webhook.secret-token", "channels.matrix.password", "channels.matrix.access-token",
            "channels.email.imap.password", "channels.email.smtp.password");

    /** The configuration in {@code file} and its warnings, among them every secret written in clear. */
    public Checked check(Path file) {
        TresseConfig config = load(file);
        String text;
        try {
            text = decode(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            return new Checked(config, config.warnings());
        }
        EnvironmentSubstitution.Result substituted = EnvironmentSubstitution.apply(text.startsWith("\uFEFF") ? text.substring(1) : text,
                environment);
        List<ConfigWarning> warnings = new java.util.ArrayList<>(config.warnings());
        try {
            LocationIndex index = LocationIndex.scan(substituted.text(), FACTORY);
            for (String secret : SECRETS) {
                if (index.contains(secret) && !substituted.usesEnvironment(index.find(secret).line())) {
                    String variable = secret.substring(secret.lastIndexOf('.') + 1).replace('-', '_').toUpperCase(java.util.Locale.ROOT);
                    String example = secret.substring(secret.lastIndexOf('.') + 1) + ": ${TRESSE_" + variable + "}";
                    warnings.add(new ConfigWarning(secret, said("config.chargement.secret.ecrit.clair", index.find(secret).line(), example)));
                }
            }
        } catch (LocationIndex.ScanFailure | InvalidField cannotHappen) {
            // the file was just read without a problem
        }
        return new Checked(config, List.copyOf(warnings));
    }

    /** The configuration in {@code yamlText}; {@code sourceName} names it in messages. */
    public TresseConfig load(String yamlText, String sourceName) {
        String text = yamlText.startsWith("\uFEFF") ? yamlText.substring(1) : yamlText;
        EnvironmentSubstitution.Result substituted;
        try {
            substituted = EnvironmentSubstitution.apply(text, environment);
        } catch (InvalidField e) {
            throw new ConfigException(sourceName, e.line(), e.column(), null, e.french(), e.english());
        }
        LocationIndex index;
        try {
            index = LocationIndex.scan(substituted.text(), FACTORY);
        } catch (LocationIndex.ScanFailure failure) {
            if (!substituted.missing().isEmpty()) {
                throw missingVariables(sourceName, substituted.missing(), null);
            }
            throw exception(sourceName, YamlSyntaxProblems.describe(failure.error(), failure.lastPath(), failure.section(),
                    substituted.text()), substituted);
        }
        if (!substituted.missing().isEmpty()) {
            throw missingVariables(sourceName, substituted.missing(), index);
        }
        if (index.isEmpty()) {
            // an empty or commented-out file is a slip (a file cut short, a wrong copy), not a configuration
            throw new ConfigException(sourceName, 0, 0, null, said("config.chargement.fichier.vide.rien"));
        }
        try {
            return MAPPER.readValue(substituted.text(), TresseConfig.class);
        } catch (JsonMappingException e) {
            Problem problem = JacksonProblems.describe(e, index, line -> !substituted.usesEnvironment(line));
            throw exception(sourceName, problem, substituted);
        } catch (StreamReadException e) {
            throw exception(sourceName, YamlSyntaxProblems.describe(e, ""), substituted);
        } catch (JsonProcessingException e) {
            throw exception(sourceName, new Problem("", 0, 0, said("config.chargement.fichier.illisible")), substituted);
        }
    }

    private static ConfigException exception(String source, Problem problem, EnvironmentSubstitution.Result text) {
        return new ConfigException(source, problem.line(), text.originalColumn(problem.line(), problem.column()),
                problem.field(), text.redact(problem.french()), text.redact(problem.english()));
    }

    private static ConfigException missingVariables(String source, List<EnvironmentSubstitution.Missing> missing,
            LocationIndex index) {
        EnvironmentSubstitution.Missing first = missing.get(0);
        LocationIndex.Place place = index == null ? null : index.at(first.line(), first.column());
        List<Said> others = missing.stream().skip(1).map(variable -> said("config.variables.autre", variable.name(), variable.line()))
                .toList();
        Said said = said("config.variables.manquante", first.name());
        if (!others.isEmpty()) {
            Said listed = new Said(others.stream().map(Said::french).collect(Collectors.joining(", ")),
                    others.stream().map(Said::english).collect(Collectors.joining(", ")));
            said = said.then(with("config.variables.autres", listed));
        }
        return new ConfigException(source, first.line(), first.column(), place == null ? null : place.path(), said);
    }

    private static String decode(byte[] bytes, String source) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ConfigException(source, 0, 0, null, said("config.chargement.fichier.enregistre.utf"));
        }
    }
}
