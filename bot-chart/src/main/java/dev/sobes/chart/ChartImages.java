package dev.sobes.chart;

import dev.sobes.core.chat.Chart;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Renders a {@link Chart} to a PNG: its panels drawn one under another with JFreeChart, in a
 * width that reads well in Telegram and Discord. Runs headless; needs no display.
 */
public final class ChartImages {
    /** Width of the image in pixels. */
    public static final int WIDTH = 900;

    private static final int PANEL_HEIGHT = 360;
    private static final int ROW_HEIGHT = 28;
    private static final Color BAR = new Color(0x3B82F6);

    private ChartImages() {}

    public static byte[] png(Chart chart) {
        int[] heights = chart.panels().stream().mapToInt(ChartImages::height).toArray();
        int total = 0;
        for (int h : heights) {
            total += h;
        }
        BufferedImage image = new BufferedImage(WIDTH, total, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, total);
            int y = 0;
            for (int i = 0; i < heights.length; i++) {
                panel(chart.panels().get(i)).draw(g, new Rectangle2D.Double(0, y, WIDTH, heights[i]));
                y += heights[i];
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding into memory failed", e);
        }
        return out.toByteArray();
    }

    private static int height(Chart.Panel panel) {
        return panel.horizontal() ? Math.max(200, 90 + ROW_HEIGHT * panel.bars().size()) : PANEL_HEIGHT;
    }

    private static JFreeChart panel(Chart.Panel panel) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Chart.Bar bar : panel.bars()) {
            data.addValue(bar.value(), panel.unit(), bar.label());
        }
        JFreeChart chart = ChartFactory.createBarChart(
                panel.title(),
                null,
                panel.unit(),
                data,
                panel.horizontal() ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL,
                false,
                false,
                false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, BAR);
        renderer.setMaximumBarWidth(0.08);
        CategoryAxis axis = plot.getDomainAxis();
        if (!panel.horizontal()) {
            axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        return chart;
    }
}
