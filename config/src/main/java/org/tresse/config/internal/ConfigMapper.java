package org.tresse.config.internal;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.time.Duration;
import java.time.ZoneId;
import org.tresse.config.Rate;

/** The strict YAML reader of {@code tresse.yml}: kebab-case keys, nothing unknown, nothing left over. */
public final class ConfigMapper {
    private ConfigMapper() {}

    public static YAMLFactory factory() {
        return YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    }

    public static ObjectMapper create() {
        SimpleModule module = new SimpleModule("tresse-config");
        module.setDeserializers(new ConfigDeserializers());
        return YAMLMapper.builder(factory())
                .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .addModule(module)
                .build();
    }

    private static final class ConfigDeserializers extends SimpleDeserializers {
        private static final long serialVersionUID = 1L;

        ConfigDeserializers() {
            addDeserializer(Rate.class, new TextDeserializer<>(Rate.class, Rate::parse));
            addDeserializer(Duration.class, new TextDeserializer<>(Duration.class, DurationText::parse));
            addDeserializer(ZoneId.class, new TextDeserializer<>(ZoneId.class, ConfigValues::zone));
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config,
                BeanDescription description) throws JsonMappingException {
            if (type.getName().startsWith("org.tresse.config.")) {
                Class<Enum> enumType = (Class<Enum>) type;
                return new TextDeserializer<>(enumType, text -> ConfigValues.constant(enumType, text));
            }
            return super.findEnumDeserializer(type, config, description);
        }
    }
}
