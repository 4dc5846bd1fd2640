package dev.alphanode.render;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import ognl.ObjectPropertyAccessor;
import ognl.OgnlException;
import ognl.OgnlRuntime;

/**
 * How templates read a record's components ({@code ${card.url}}). OGNL looks for {@code getUrl()}
 * first and, finding none on a record, scans every public method of the class by name on every read
 * (uncached): that scan took 40 % of an uncached post render. Here each record class's component
 * accessors are looked up once; any other name (a method such as {@code size}) goes to OGNL's own
 * object accessor, as before.
 */
final class RecordProperties extends ObjectPropertyAccessor {
    private static final ClassValue<Map<String, MethodHandle>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
            Map<String, MethodHandle> accessors = new HashMap<>();
            RecordComponent[] components = type.getRecordComponents();
            if (components == null || !java.lang.reflect.Modifier.isPublic(type.getModifiers())) {
                return Map.of();
            }
            for (RecordComponent component : components) {
                try {
                    accessors.put(component.getName(), MethodHandles.publicLookup().unreflect(component.getAccessor()));
                } catch (IllegalAccessException e) {
                    return Map.of(); // not readable from here: OGNL's own path decides
                }
            }
            return Map.copyOf(accessors);
        }
    };

    /** Registers the accessor for every record; idempotent. */
    static void install() {
        OgnlRuntime.setPropertyAccessor(Record.class, new RecordProperties());
    }

    /** The accessor of component {@code name} of record class {@code type}, or null if it has none readable from here. */
    static MethodHandle accessor(Class<?> type, String name) {
        return ACCESSORS.get(type).get(name);
    }

    @Override
    public Object getProperty(Map context, Object target, Object name) throws OgnlException {
        MethodHandle accessor = name instanceof String property ? accessor(target.getClass(), property) : null;
        if (accessor == null) {
            return super.getProperty(context, target, name);
        }
        try {
            return accessor.invoke(target);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new OgnlException("reading " + name + " of " + target.getClass().getSimpleName(), e);
        }
    }
}
