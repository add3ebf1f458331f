package org.ippc.ecommerce.platform;

import jakarta.validation.constraints.Email;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.FieldInfo;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodParameterInfo;
import org.jboss.jandex.Type;
import org.jboss.jandex.TypeTarget;

/**
 * Says in the document what the platform's own constraints accept, which the OpenAPI scanner cannot read: the
 * country and language codes (the very lists the validators use), web addresses and e-mail addresses, on request
 * properties, on the items and keys of their lists and maps, and on query parameters. A body that is valid against
 * the document is then not refused for one of them. A service describes its own constraints the same way, with a
 * build-time filter that gives them to a {@code ConstraintSchemas} of its own.
 */
public final class ConstraintSchemas {
    private static final DotName SCHEMA =
            DotName.createSimple(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
    private static final DotName QUERY_PARAM = DotName.createSimple(QueryParam.class);
    private static final DotName BEAN_PARAM = DotName.createSimple(BeanParam.class);
    private static final DotName LIST = DotName.createSimple(List.class);
    private static final DotName SET = DotName.createSimple(Set.class);
    private static final DotName MAP = DotName.createSimple(Map.class);

    /** The platform's constraints, and how each is written into the schema of what it constrains. */
    static final Map<DotName, BiConsumer<AnnotationInstance, Schema>> PLATFORM = Map.of(
            DotName.createSimple(CountryCode.class),
            (use, schema) -> schema.pattern(oneOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2))),
            DotName.createSimple(LanguageCode.class),
            (use, schema) -> schema.pattern(oneOf(Arrays.asList(Locale.getISOLanguages()))),
            DotName.createSimple(OfficialLanguage.class),
            (use, schema) -> schema.pattern(oneOf(OfficialLanguage.CODES)),
            DotName.createSimple(WebUrl.class),
            (use, schema) -> schema.pattern("^[Hh][Tt][Tt][Pp][Ss]?://[^/?#\\s]+"),
            DotName.createSimple(Email.class),
            (use, schema) -> schema.format("email"));

    private final IndexView index;
    private final Map<DotName, BiConsumer<AnnotationInstance, Schema>> constraints;

    /**
     * @param constraints for each constraint annotation, how one use of it (its values) is written into the schema
     *     of the value it constrains
     */
    public ConstraintSchemas(IndexView index, Map<DotName, BiConsumer<AnnotationInstance, Schema>> constraints) {
        this.index = index;
        this.constraints = constraints;
    }

    public void describeIn(OpenAPI openAPI) {
        constraints.forEach((constraint, describe) -> {
            for (AnnotationInstance use : index.getAnnotations(constraint)) {
                describeUse(openAPI, use, schema -> describe.accept(use, schema));
            }
        });
    }

    /** A pattern that accepts exactly the given codes. */
    public static String oneOf(Collection<String> codes) {
        return "^(" + String.join("|", new TreeSet<>(codes)) + ")$";
    }

    private void describeUse(OpenAPI openAPI, AnnotationInstance use, Consumer<Schema> describe) {
        AnnotationTarget target = use.target();
        switch (target.kind()) {
            case FIELD -> {
                FieldInfo field = target.asField();
                if (field.hasAnnotation(QUERY_PARAM)) {
                    // A field of a @BeanParam class: a parameter of every operation that takes the class.
                    String name = field.annotation(QUERY_PARAM).value().asString();
                    for (AnnotationInstance beanParam : index.getAnnotations(BEAN_PARAM)) {
                        if (beanParam.target().kind() == AnnotationTarget.Kind.METHOD_PARAMETER
                                && beanParam
                                        .target()
                                        .asMethodParameter()
                                        .type()
                                        .name()
                                        .equals(field.declaringClass().name())) {
                            queryParameters(
                                            openAPI,
                                            operationId(beanParam.target().asMethodParameter()),
                                            name)
                                    .forEach(parameter -> describe.accept(parameter.getSchema()));
                        }
                    }
                } else {
                    property(openAPI, field.declaringClass(), field.name()).ifPresent(describe);
                }
            }
            case METHOD_PARAMETER -> {
                MethodParameterInfo parameter = target.asMethodParameter();
                AnnotationInstance query = parameter.declaredAnnotation(QUERY_PARAM);
                if (query != null) {
                    queryParameters(
                                    openAPI,
                                    operationId(parameter),
                                    query.value().asString())
                            .forEach(found -> describe.accept(found.getSchema()));
                }
            }
            case TYPE -> describeTypeArgument(openAPI, target.asType(), use.name(), describe);
            default -> {}
        }
    }

    /** {@code List<@CountryCode String>} describes the items, {@code Map<@LanguageCode String, V>} the keys. */
    private void describeTypeArgument(
            OpenAPI openAPI, TypeTarget target, DotName constraint, Consumer<Schema> describe) {
        if (target.enclosingTarget().kind() != AnnotationTarget.Kind.FIELD) {
            return; // the same annotation is also indexed on the record's field
        }
        FieldInfo field = target.enclosingTarget().asField();
        Type type = field.type();
        if (type.kind() != Type.Kind.PARAMETERIZED_TYPE) {
            return;
        }
        List<Type> arguments = type.asParameterizedType().arguments();
        Optional<Schema> property = property(openAPI, field.declaringClass(), field.name());
        if (property.isEmpty()) {
            return;
        }
        if ((type.name().equals(LIST) || type.name().equals(SET))
                && property.get().getItems() != null) {
            describe.accept(property.get().getItems());
        } else if (type.name().equals(MAP) && arguments.getFirst().hasAnnotation(constraint)) {
            Schema keys = OASFactory.createSchema();
            describe.accept(keys);
            property.get().setPropertyNames(keys);
        }
    }

    private Optional<Schema> property(OpenAPI openAPI, ClassInfo owner, String name) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return Optional.empty();
        }
        Schema schema = openAPI.getComponents().getSchemas().get(schemaName(owner));
        return schema == null || schema.getProperties() == null
                ? Optional.empty()
                : Optional.ofNullable(schema.getProperties().get(name));
    }

    private static String schemaName(ClassInfo type) {
        AnnotationInstance schema = type.declaredAnnotation(SCHEMA);
        return schema != null && schema.value("name") != null
                ? schema.value("name").asString()
                : type.simpleName();
    }

    /** The operation's id, as the CLASS_METHOD strategy the services configure makes it. */
    private static String operationId(MethodParameterInfo parameter) {
        return parameter.method().declaringClass().simpleName() + "_"
                + parameter.method().name();
    }

    private static List<Parameter> queryParameters(OpenAPI openAPI, String operationId, String name) {
        return openAPI.getPaths().getPathItems().values().stream()
                .flatMap(path -> path.getOperations().values().stream())
                .filter(operation ->
                        operationId.equals(operation.getOperationId()) && operation.getParameters() != null)
                .flatMap(operation -> operation.getParameters().stream())
                .filter(parameter -> parameter.getIn() == Parameter.In.QUERY
                        && name.equals(parameter.getName())
                        && parameter.getSchema() != null)
                .toList();
    }
}
