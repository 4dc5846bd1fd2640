package dev.alphanode.render;

import java.lang.invoke.MethodHandle;
import java.util.Map;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.OGNLVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;
import org.thymeleaf.standard.expression.StandardExpressions;

/**
 * How templates evaluate {@code ${…}}. A plain chain of names ({@code ${entry.label}},
 * {@code ${post.topic.href}}) over context variables, public records and maps is read here, each
 * record component through the accessor {@link RecordProperties} looked up once for its class.
 * Everything else goes to Thymeleaf's OGNL evaluator unchanged: operators, method calls,
 * {@code #objects}, {@code *{…}} under a selection, restricted contexts, a name that is not a
 * component, a {@code null} or any other object part-way along the chain (OGNL then gives its own
 * value or error).
 *
 * <p>Thymeleaf has such a shortcut itself, but skips it for any class with a custom OGNL property
 * accessor, which records have ({@link RecordProperties}): every {@code ${entry.label}} of an uncached
 * post page was a full OGNL evaluation (a new {@code OgnlContext} and a walk of the parsed tree).
 */
final class RecordExpressions implements IStandardVariableExpressionEvaluator {
    private final IStandardVariableExpressionEvaluator ognl = new OGNLVariableExpressionEvaluator(true);

    @Override
    public Object evaluate(IExpressionContext context, IStandardVariableExpression expression,
            StandardExpressionExecutionContext expContext) {
        String[] names = expContext.getRestrictVariableAccess() || expContext.getRestrictInstantiationAndStatic()
                ? null : names(expression.getExpression());
        if (names == null || !(context instanceof ITemplateContext template)
                || (expression.getUseSelectionAsRoot() && template.hasSelectionTarget())) {
            return ognl.evaluate(context, expression, expContext);
        }
        Object value = context.getVariable(names[0]);
        for (int i = 1; i < names.length; i++) {
            MethodHandle accessor = value instanceof Record record ? RecordProperties.accessor(record.getClass(), names[i]) : null;
            if (accessor != null) {
                value = read(accessor, value, expression);
            } else if (value instanceof Map<?, ?> map && !MAP_PROPERTIES.contains(names[i])) {
                value = map.get(names[i]);
            } else {
                return ognl.evaluate(context, expression, expContext);
            }
        }
        return expContext.getPerformTypeConversion()
                ? StandardExpressions.getConversionService(context.getConfiguration()).convert(context, value, String.class)
                : value;
    }

    /** Names OGNL's map accessor answers from the map itself, not from its entries. */
    private static final java.util.Set<String> MAP_PROPERTIES = java.util.Set.of("size", "isEmpty", "keys", "keySet", "values");

    private static Object read(MethodHandle accessor, Object target, IStandardVariableExpression expression) {
        try {
            return accessor.invoke(target);
        } catch (Throwable e) {
            throw new TemplateProcessingException("Exception evaluating expression: \"" + expression.getExpression() + "\"", e);
        }
    }

    /**
     * The names of a plain chain ({@code a.b.c}: Java identifiers joined by dots, none of them
     * {@code true}, {@code false} or {@code null}), or {@code null} for any other expression.
     */
    static String[] names(String expression) {
        if (expression == null || expression.isEmpty()) {
            return null;
        }
        int parts = 1;
        boolean start = true;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '.') {
                if (start) {
                    return null;
                }
                parts++;
                start = true;
            } else if (start ? Character.isJavaIdentifierStart(c) : Character.isJavaIdentifierPart(c)) {
                start = false;
            } else {
                return null;
            }
        }
        if (start) {
            return null;
        }
        String[] names = expression.split("\\.", -1);
        for (String name : names) {
            if (name.equalsIgnoreCase("true") || name.equalsIgnoreCase("false") || name.equalsIgnoreCase("null")) {
                return null;
            }
        }
        return names;
    }
}
