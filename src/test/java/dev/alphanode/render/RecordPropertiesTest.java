package dev.alphanode.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

class RecordPropertiesTest {
    public record Card(String title, List<String> tags) {
        public String shout() {
            return title.toUpperCase(java.util.Locale.ROOT);
        }

        public String getLabel() {
            return "label of " + title;
        }
    }

    private static String render(String template, Object card) {
        RecordProperties.install();
        TemplateEngine engine = new TemplateEngine();
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        engine.setTemplateResolver(resolver);
        Context context = new Context();
        context.setVariable("card", card);
        return engine.process(template, context);
    }

    @Test
    void readsRecordComponentsEscapedAsBefore() {
        assertThat(render("<p th:text=\"${card.title}\">t</p><i th:text=\"${card.tags.size()}\">n</i>",
                new Card("<b>cache</b>", List.of("a", "b"))))
                .isEqualTo("<p>&lt;b&gt;cache&lt;/b&gt;</p><i>2</i>");
    }

    @Test
    void namesThatAreNotComponentsStillReachOgnlsOwnLookup() {
        assertThat(render("<p th:text=\"${card.label}\">t</p><p th:text=\"${card.shout()}\">t</p>",
                new Card("redis", List.of()))).isEqualTo("<p>label of redis</p><p>REDIS</p>");
    }

    @Test
    void anUnknownPropertyIsStillAnError() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> render("<p th:text=\"${card.nothing}\">t</p>",
                new Card("x", List.of()))).hasMessageContaining("nothing");
    }

    @Test
    void accessorsAreLookedUpForEachRecordClassAlone() {
        assertThat(render("<p th:text=\"${card.text}\">t</p>", new Link("home", "/"))).isEqualTo("<p>home</p>");
        assertThat(render("<p th:text=\"${card.title}\">t</p>", new Card("redis", List.of()))).isEqualTo("<p>redis</p>");
    }
}
