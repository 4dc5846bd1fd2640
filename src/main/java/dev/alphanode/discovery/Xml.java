package dev.alphanode.discovery;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * One XML document written with the JDK's StAX writer, which escapes markup; this class removes what
 * no escape can carry. Text from users may hold characters XML 1.0 forbids (most control characters,
 * unpaired surrogates, U+FFFE, U+FFFF): they are dropped, so the document always parses. The writer
 * is the JDK's own ({@code newDefaultFactory}), whose escaping the tests pin, whatever StAX
 * implementation the class path brings.
 */
final class Xml {
    private final String namespace;
    private final StringWriter out = new StringWriter();
    private final XMLStreamWriter writer;

    private Xml(String namespace, String root) {
        this.namespace = namespace;
        try {
            writer = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            writer.writeStartDocument("UTF-8", "1.0");
            writer.setDefaultNamespace(namespace);
            writer.writeStartElement(namespace, root);
            writer.writeDefaultNamespace(namespace);
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** A document whose root element is in {@code namespace}, as all its elements are. */
    static Xml document(String namespace, String root) {
        return new Xml(namespace, root);
    }

    Xml start(String name) {
        try {
            writer.writeStartElement(namespace, name);
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        return this;
    }

    Xml empty(String name) {
        try {
            writer.writeEmptyElement(namespace, name);
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        return this;
    }

    /** An attribute of the element just started. */
    Xml attribute(String name, String value) {
        try {
            writer.writeAttribute(name, legal(value));
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        return this;
    }

    /** Text in the element just started. */
    Xml text(String value) {
        try {
            writer.writeCharacters(legal(value));
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        return this;
    }

    Xml end() {
        try {
            writer.writeEndElement();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        return this;
    }

    /** An element holding only text. */
    Xml element(String name, String value) {
        return start(name).text(value).end();
    }

    /** Closes every open element and returns the document. */
    String finish() {
        try {
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        return out.toString();
    }

    /** The text without the characters XML 1.0 forbids (its Char production). */
    static String legal(String text) {
        var kept = new StringBuilder(text.length());
        text.codePoints().filter(Xml::isXmlChar).forEach(kept::appendCodePoint);
        return kept.length() == text.length() ? text : kept.toString();
    }

    private static boolean isXmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    private static IllegalStateException failed(XMLStreamException e) {
        return new IllegalStateException("writing XML to a string failed", e);
    }
}
