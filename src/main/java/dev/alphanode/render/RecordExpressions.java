package dev.alphanode.render;

import java.lang.invoke.MethodHandle;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.expression.Lists;
import org.thymeleaf.expression.Strings;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.OGNLVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;
import org.thymeleaf.standard.expression.StandardExpressions;

/**
 * How templates evaluate {@code ${…}}. The forms the shipped templates use most are read here:
 * a plain chain of names ({@code ${entry.label}}, {@code ${post.topic.href}}) over context
 * variables, public records and maps (each record component through the accessor
 * {@link RecordProperties} looked up once for its class); {@code chain != null},
 * {@code chain == null}; {@code #lists.isEmpty(chain)} and {@code [!]#strings.isEmpty(chain)},
 * answered by Thymeleaf's own {@code #lists} and {@code #strings} objects. Everything else goes to
 * Thymeleaf's OGNL evaluator unchanged: other operators, method calls, {@code *{…}} under a
 * selection, restricted contexts, a name that is not a component, and a {@code null} or any other
 * object part-way along a chain (OGNL then gives its own value or error).
 *
 * <p>Thymeleaf has a shortcut for plain chains itself, but skips it for any class with a custom
 * OGNL property accessor, which records have ({@link RecordProperties}): every {@code ${entry.label}}
 * of an uncached post page was a full OGNL evaluation (a new {@code OgnlContext}, a walk of the
 * parsed tree, a search of the target's interfaces per property).
 */
final class RecordExpressions implements IStandardVariableExpressionEvaluator {
    private static final String CHAIN = "[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*"
            + "(?:\\.[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*)*";
    private static final Pattern PLAIN_CHAIN = Pattern.compile(CHAIN);
    private static final Pattern NULL_TEST = Pattern.compile("\\s*(" + CHAIN + ")\\s*(==|!=)\\s*null\\s*");
    private static final Pattern IS_EMPTY = Pattern.compile("\\s*(!?)\\s*#(lists|strings)\\.isEmpty\\(\\s*(" + CHAIN + ")\\s*\\)\\s*");
    /** Names OGNL's map accessor answers from the map itself, not from its entries. */
    private static final Set<String> MAP_PROPERTIES = Set.of("size", "isEmpty", "keys", "keySet", "values");
    /** What a chain gives when it has to be left to OGNL. */
    private static final Object OGNL = new Object();
    /** Expression texts read so far; templates have a few hundred, a theme being edited a few more. */
    private static final int MAX_FORMS = 4_096;

    /** An expression's text, read once: which of the forms above it is. */
    sealed interface Form {
    }

    record Chain(String[] names) implements Form {
    }

    record NullTest(String[] names, boolean isNull) implements Form {
    }

    record IsEmpty(String object, String[] names, boolean negated) implements Form {
    }

    enum Other implements Form { OGNL }

    private final IStandardVariableExpressionEvaluator ognl = new OGNLVariableExpressionEvaluator(true);
    private final Map<String, Form> forms = new ConcurrentHashMap<>();

    @Override
    public Object evaluate(IExpressionContext context, IStandardVariableExpression expression,
            StandardExpressionExecutionContext expContext) {
        Form form = expContext.getRestrictVariableAccess() || expContext.getRestrictInstantiationAndStatic()
                || !(context instanceof ITemplateContext template)
                || (expression.getUseSelectionAsRoot() && template.hasSelectionTarget())
                ? Other.OGNL : form(expression.getExpression());
        Object value;
        if (form instanceof Chain chain) {
            value = read(context, chain.names(), expression);
        } else if (form instanceof NullTest test) {
            Object read = read(context, test.names(), expression);
            value = read == OGNL ? OGNL : (read == null) == test.isNull();
        } else if (form instanceof IsEmpty test) {
            value = isEmpty(context, test, expression);
        } else {
            value = OGNL;
        }
        if (value == OGNL) {
            return ognl.evaluate(context, expression, expContext);
        }
        return expContext.getPerformTypeConversion()
                ? StandardExpressions.getConversionService(context.getConfiguration()).convert(context, value, String.class)
                : value;
    }

    private Form form(String expression) {
        Form form = forms.get(expression);
        if (form == null) {
            form = parse(expression);
            if (forms.size() < MAX_FORMS) {
                forms.put(expression, form);
            }
        }
        return form;
    }

    static Form parse(String expression) {
        if (expression == null) {
            return Other.OGNL;
        }
        String[] names = names(expression);
        if (names != null) {
            return new Chain(names);
        }
        Matcher test = NULL_TEST.matcher(expression);
        if (test.matches() && (names = names(test.group(1))) != null) {
            return new NullTest(names, test.group(2).equals("=="));
        }
        Matcher empty = IS_EMPTY.matcher(expression);
        if (empty.matches() && (names = names(empty.group(3))) != null) {
            return new IsEmpty(empty.group(2), names, !empty.group(1).isEmpty());
        }
        return Other.OGNL;
    }

    /** {@code names} read from the context variables down, or {@link #OGNL} where OGNL must decide. */
    private static Object read(IExpressionContext context, String[] names, IStandardVariableExpression expression) {
        Object value = context.getVariable(names[0]);
        for (int i = 1; i < names.length; i++) {
            MethodHandle accessor = value instanceof Record record ? RecordProperties.accessor(record.getClass(), names[i]) : null;
            if (accessor != null) {
                try {
                    value = accessor.invoke(value);
                } catch (Throwable e) {
                    throw new TemplateProcessingException("Exception evaluating expression: \"" + expression.getExpression() + "\"", e);
                }
            } else if (value instanceof Map<?, ?> map && !MAP_PROPERTIES.contains(names[i])) {
                value = map.get(names[i]);
            } else {
                return OGNL;
            }
        }
        return value;
    }

    private static Object isEmpty(IExpressionContext context, IsEmpty test, IStandardVariableExpression expression) {
        Object value = read(context, test.names(), expression);
        if (value == OGNL) {
            return OGNL;
        }
        Object helper = context.getExpressionObjects().getObject(test.object());
        boolean empty;
        if (helper instanceof Lists lists && (value == null || value instanceof List<?>)) {
            empty = lists.isEmpty((List<?>) value);
        } else if (helper instanceof Strings strings) {
            empty = strings.isEmpty(value);
        } else {
            return OGNL;
        }
        return empty != test.negated();
    }

    /**
     * The names of a plain chain ({@code a.b.c}: Java identifiers joined by dots, none of them
     * {@code true}, {@code false} or {@code null}), or {@code null} for any other expression.
     */
    static String[] names(String expression) {
        if (expression == null || !PLAIN_CHAIN.matcher(expression).matches()) {
            return null;
        }
        String[] names = expression.split("\\.");
        for (String name : names) {
            if (name.equalsIgnoreCase("true") || name.equalsIgnoreCase("false") || name.equalsIgnoreCase("null")) {
                return null;
            }
        }
        return names;
    }
}
