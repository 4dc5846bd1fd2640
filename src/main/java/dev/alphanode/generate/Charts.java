package dev.alphanode.generate;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;

/**
 * The pictures of the media pool: architecture diagrams (boxes and arrows, SVG), bar charts of a metrics table
 * (SVG, the numbers a post's table shows) and a response-time chart drawn with java.awt (PNG, shapes only, so
 * the bytes do not depend on the fonts installed). All plain markup, no script; the same bytes every run.
 */
final class Charts {
    private static final String INK = "#1f2328";
    private static final String LINE = "#1f6feb";
    private static final String BEFORE = "#8c959f";
    private static final String AFTER = "#1a7f37";

    private Charts() {
    }

    /** A request's path through a site: a row of boxes with arrows, and the stores the middle box talks to. */
    static String architecture(String title, List<String> row, List<String> stores) {
        int width = 760;
        int height = 340;
        var svg = open(width, height, title);
        int boxWidth = 150;
        int gap = (width - 40 - row.size() * boxWidth) / Math.max(1, row.size() - 1);
        int middle = row.size() / 2;
        for (int i = 0; i < row.size(); i++) {
            int x = 20 + i * (boxWidth + gap);
            box(svg, x, 70, boxWidth, 64, row.get(i), i == middle);
            if (i + 1 < row.size()) {
                arrow(svg, x + boxWidth + 4, 102, x + boxWidth + gap - 4, 102);
            }
        }
        int centre = 20 + middle * (boxWidth + gap) + boxWidth / 2;
        int storeGap = 40;
        int storesWidth = stores.size() * boxWidth + (stores.size() - 1) * storeGap;
        for (int i = 0; i < stores.size(); i++) {
            int x = centre - storesWidth / 2 + i * (boxWidth + storeGap);
            box(svg, x, 240, boxWidth, 64, stores.get(i), false);
            arrow(svg, centre, 138, x + boxWidth / 2, 236);
        }
        return svg.append("</svg>\n").toString();
    }

    /** Before and after bars per metric, each metric on its own scale, the numbers written on the bars. */
    static String bars(String title, Metrics metrics) {
        int width = 760;
        int height = 360;
        var svg = open(width, height, title);
        List<String> labels = List.of("p95 response time (ms)", "error rate (per mille)", "db calls per request");
        int[][] values = {{metrics.p95Before(), metrics.p95After()}, {metrics.errorsBefore(), metrics.errorsAfter()},
            {metrics.callsBefore(), metrics.callsAfter()}};
        int base = 300;
        int tallest = 200;
        svg.append("  <line x1=\"30\" y1=\"").append(base).append("\" x2=\"").append(width - 30).append("\" y2=\"")
                .append(base).append("\" stroke=\"").append(INK).append("\" stroke-width=\"1\"/>\n");
        for (int m = 0; m < labels.size(); m++) {
            int groupX = 60 + m * 230;
            int max = Math.max(1, Math.max(values[m][0], values[m][1]));
            for (int b = 0; b < 2; b++) {
                int h = Math.max(2, values[m][b] * tallest / max);
                int x = groupX + b * 80;
                svg.append("  <rect x=\"").append(x).append("\" y=\"").append(base - h).append("\" width=\"64\" height=\"")
                        .append(h).append("\" fill=\"").append(b == 0 ? BEFORE : AFTER).append("\"/>\n");
                text(svg, x + 32, base - h - 8, 15, Integer.toString(values[m][b]));
            }
            text(svg, groupX + 72, base + 24, 14, labels.get(m));
        }
        legend(svg, width - 230, 64, BEFORE, "before");
        legend(svg, width - 130, 64, AFTER, "after");
        return svg.append("</svg>\n").toString();
    }

    /** Thirty days of p95 response time falling after a change: an area chart with a grid, PNG, no text. */
    static byte[] responseTimePng(long seed) {
        int width = 640;
        int height = 360;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(0xf6f8fa));
            g.fillRect(0, 0, width, height);
            g.setColor(new Color(0xd0d7de));
            for (int y = 40; y <= 320; y += 56) {
                g.drawLine(40, y, width - 20, y);
            }
            var random = new SplittableRandom(seed);
            Path2D.Double line = new Path2D.Double();
            Path2D.Double area = new Path2D.Double();
            area.moveTo(40, 320);
            for (int day = 0; day < 30; day++) {
                double level = day < 18 ? 220 : 110;
                double y = 320 - level - random.nextInt(40);
                double x = 40 + day * (width - 60) / 29.0;
                if (day == 0) {
                    line.moveTo(x, y);
                } else {
                    line.lineTo(x, y);
                }
                area.lineTo(x, y);
            }
            area.lineTo(width - 20, 320);
            area.closePath();
            g.setColor(new Color(0x1f6feb & 0xffffff | 0x33000000, true));
            g.fill(area);
            g.setColor(new Color(0x1f6feb));
            g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(line);
            g.setColor(new Color(0x1a7f37));
            g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f}, 0f));
            int deploy = 40 + 18 * (width - 60) / 29;
            g.drawLine(deploy, 30, deploy, 320);
        } finally {
            g.dispose();
        }
        var png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    private static StringBuilder open(int width, int height, String title) {
        var svg = new StringBuilder(2048)
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\">\n  <title>").append(escape(title)).append("</title>\n")
                .append("  <rect width=\"").append(width).append("\" height=\"").append(height)
                .append("\" fill=\"#f6f8fa\"/>\n");
        text(svg, width / 2, 36, 18, title);
        return svg;
    }

    private static void box(StringBuilder svg, int x, int y, int width, int height, String label, boolean strong) {
        svg.append("  <rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" rx=\"8\" fill=\"").append(strong ? "#ddf4ff" : "#ffffff")
                .append("\" stroke=\"").append(LINE).append("\" stroke-width=\"2\"/>\n");
        text(svg, x + width / 2, y + height / 2 + 6, 16, label);
    }

    private static void arrow(StringBuilder svg, int x1, int y1, int x2, int y2) {
        double angle = Math.atan2(y2 - y1, x2 - x1);
        long ax = Math.round(x2 - 10 * Math.cos(angle - 0.45));
        long ay = Math.round(y2 - 10 * Math.sin(angle - 0.45));
        long bx = Math.round(x2 - 10 * Math.cos(angle + 0.45));
        long by = Math.round(y2 - 10 * Math.sin(angle + 0.45));
        svg.append("  <path d=\"M").append(x1).append(' ').append(y1).append(" L").append(x2).append(' ').append(y2)
                .append(" M").append(ax).append(' ').append(ay).append(" L").append(x2).append(' ').append(y2)
                .append(" L").append(bx).append(' ').append(by)
                .append("\" fill=\"none\" stroke=\"").append(LINE).append("\" stroke-width=\"2\"/>\n");
    }

    private static void legend(StringBuilder svg, int x, int y, String colour, String label) {
        svg.append("  <rect x=\"").append(x).append("\" y=\"").append(y - 12).append("\" width=\"14\" height=\"14\" fill=\"")
                .append(colour).append("\"/>\n");
        svg.append("  <text x=\"").append(x + 20).append("\" y=\"").append(y).append("\" font-family=\"sans-serif\" ")
                .append("font-size=\"14\" fill=\"").append(INK).append("\">").append(escape(label)).append("</text>\n");
    }

    private static void text(StringBuilder svg, int x, int y, int size, String text) {
        svg.append("  <text x=\"").append(x).append("\" y=\"").append(y).append("\" text-anchor=\"middle\" ")
                .append("font-family=\"sans-serif\" font-size=\"").append(size).append("\" fill=\"").append(INK)
                .append("\">").append(escape(text)).append("</text>\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
