package org.provena.scoring.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.provena.scoring.application.ScorecardRow;
import org.provena.scoring.application.ScorecardWriter;
import org.provena.scoring.domain.Factor;

/**
 * Supplier scorecards as CSV and PDF files (ADR 0016).
 *
 * <p>CSV follows RFC 4180 (fields in double quotes where text, quotes doubled, CRLF line ends) and
 * starts with a UTF-8 byte order mark, without which Excel reads UTF-8 as the local code page and
 * mangles every non-ASCII supplier name. Text cells that a spreadsheet would take for a formula are
 * defused as the OWASP "CSV Injection" guidance says: a leading {@code = + - @}, tab or carriage
 * return gets a {@code '} in front. Numeric cells are written by us from numbers and cannot hold a
 * formula, so they stay numbers a spreadsheet can sum.
 *
 * <p>PDF is drawn with PDFBox on A4 landscape pages: title, generation date, the table with its
 * header repeated on every page, and "Page n of m". Cells wrap their text and cut what is left over
 * with an ellipsis, so nothing runs into the next column. The font is the Liberation Sans that
 * PDFBox ships (SIL Open Font License), embedded as a subset: it covers Latin, Greek and Cyrillic;
 * a character it lacks prints as "?" (the CSV keeps every name exactly).
 */
@ApplicationScoped
public class ScorecardFiles implements ScorecardWriter {

  static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  // ---------------------------------------------------------------- CSV

  private static final List<String> CSV_HEADER =
      List.of(
          "Supplier ID",
          "Supplier",
          "Grade",
          "Score",
          "Previous score",
          "Trend",
          "Overdue requests",
          "Open critical items",
          "Top factors",
          "Computed at");

  @Override
  public void csv(List<ScorecardRow> rows, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write('\uFEFF');
    w.write(CSV_HEADER.stream().map(ScorecardFiles::csvText).collect(Collectors.joining(",")));
    w.write("\r\n");
    for (ScorecardRow row : rows) {
      List<String> cells =
          List.of(
              row.supplierId().toString(),
              csvText(row.supplierName()),
              row.grade().name(),
              Integer.toString(row.score()),
              row.previousScore() == null ? "" : row.previousScore().toString(),
              Integer.toString(row.trend()),
              Long.toString(row.overdueRequests()),
              Long.toString(row.openCriticalItems()),
              csvText(
                  row.topFactors().stream()
                      .map(ScorecardFiles::factorText)
                      .collect(Collectors.joining("; "))),
              row.computedAt().toString());
      w.write(String.join(",", cells));
      w.write("\r\n");
    }
    w.flush();
  }

  /** A quoted text field, its quotes doubled and a formula trigger defused. */
  static String csvText(String text) {
    String value = text;
    if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
      value = "'" + value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  // ---------------------------------------------------------------- PDF

  /** A4 landscape: the table has eight columns. */
  private static final PDRectangle PAGE =
      new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

  private static final float MARGIN = 36;
  private static final float BODY = 9;
  private static final float LEADING = 11;
  private static final float PAD = 3;
  private static final float TITLE = 15;
  private static final float TABLE_TOP = PAGE.getHeight() - MARGIN - 38;
  private static final float TABLE_BOTTOM = MARGIN + 20;
  private static final int SUPPLIER_LINES = 2;
  private static final int FACTOR_LINES = 4;

  private record Column(String header, float width, boolean number) {}

  private static final List<Column> COLUMNS =
      List.of(
          new Column("Supplier", 190, false),
          new Column("Grade", 38, false),
          new Column("Score", 38, true),
          new Column("Trend", 52, true),
          new Column("Overdue requests", 56, true),
          new Column("Critical items", 52, true),
          new Column("Scored on", 62, false),
          new Column(
              "Top factors",
              PAGE.getWidth() - 2 * MARGIN - 190 - 38 - 38 - 52 - 56 - 52 - 62,
              false));

  /** One table row laid out: the lines of each cell, and its height. */
  private record Laid(List<List<String>> cells, float height) {}

  @Override
  public void pdf(List<ScorecardRow> rows, String title, Instant generatedAt, OutputStream out)
      throws IOException {
    try (PDDocument document = new PDDocument()) {
      Fonted text = new Fonted(loadFont(document));
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(title);
      info.setCreator("Provena");

      Laid header = lay(text, COLUMNS.stream().map(c -> List.of(c.header())).toList(), 2);
      List<List<Laid>> pages = paginate(rows.stream().map(r -> lay(text, r)).toList(), header);
      String generated = "Generated " + MINUTE.format(generatedAt);
      for (int n = 0; n < pages.size(); n++) {
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        try (PDPageContentStream c = new PDPageContentStream(document, page)) {
          float width = PAGE.getWidth() - 2 * MARGIN;
          write(
              c,
              text,
              TITLE,
              MARGIN,
              PAGE.getHeight() - MARGIN - TITLE,
              text.fit(title, TITLE, width));
          write(
              c,
              text,
              BODY,
              MARGIN,
              PAGE.getHeight() - MARGIN - TITLE - 14,
              generated + " · " + rows.size() + (rows.size() == 1 ? " supplier" : " suppliers"));
          float y = TABLE_TOP;
          y = drawRow(c, text, header, y, true);
          for (Laid row : pages.get(n)) {
            y = drawRow(c, text, row, y, false);
          }
          if (rows.isEmpty()) {
            write(c, text, BODY, MARGIN + PAD, y - LEADING - PAD, "No suppliers have a score yet.");
          }
          write(c, text, BODY - 1, MARGIN, MARGIN, generated);
          String number = "Page " + (n + 1) + " of " + pages.size();
          write(
              c,
              text,
              BODY - 1,
              PAGE.getWidth() - MARGIN - text.width(number, BODY - 1),
              MARGIN,
              number);
        }
      }
      document.save(out);
    }
  }

  private static PDType0Font loadFont(PDDocument document) throws IOException {
    try (InputStream ttf = ScorecardFiles.class.getResourceAsStream(FONT)) {
      if (ttf == null) {
        throw new IOException("PDFBox no longer ships its fallback font " + FONT);
      }
      return PDType0Font.load(document, ttf);
    }
  }

  /** Rows onto pages, as many as fit under the repeated header; always at least one page. */
  private static List<List<Laid>> paginate(List<Laid> rows, Laid header) {
    float room = TABLE_TOP - TABLE_BOTTOM - header.height();
    List<List<Laid>> pages = new ArrayList<>();
    List<Laid> page = new ArrayList<>();
    float used = 0;
    for (Laid row : rows) {
      if (!page.isEmpty() && used + row.height() > room) {
        pages.add(page);
        page = new ArrayList<>();
        used = 0;
      }
      page.add(row);
      used += row.height();
    }
    pages.add(page);
    return pages;
  }

  private static Laid lay(Fonted text, ScorecardRow row) {
    List<String> factors = row.topFactors().stream().map(ScorecardFiles::factorText).toList();
    List<List<String>> cells = new ArrayList<>();
    cells.add(text.wrap(row.supplierName(), BODY, inner(0), SUPPLIER_LINES));
    cells.add(List.of(row.grade().name()));
    cells.add(List.of(Integer.toString(row.score())));
    cells.add(List.of(trend(row)));
    cells.add(List.of(Long.toString(row.overdueRequests())));
    cells.add(List.of(Long.toString(row.openCriticalItems())));
    cells.add(List.of(DAY.format(row.computedAt())));
    cells.add(factorLines(text, factors));
    return laid(cells);
  }

  /** One factor a line, each cut to the column; more than fit end in "+n more". */
  private static List<String> factorLines(Fonted text, List<String> factors) {
    float width = inner(COLUMNS.size() - 1);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < factors.size(); i++) {
      if (lines.size() == FACTOR_LINES - 1 && factors.size() > FACTOR_LINES) {
        lines.add("+" + (factors.size() - i) + " more");
        break;
      }
      lines.add(text.fit(factors.get(i), BODY, width));
    }
    return lines.isEmpty() ? List.of("—") : lines;
  }

  private static String trend(ScorecardRow row) {
    if (row.previousScore() == null) {
      return "new";
    }
    if (row.trend() > 0) {
      return "↑ +" + row.trend();
    }
    if (row.trend() < 0) {
      return "↓ −" + -row.trend();
    }
    return "→ 0";
  }

  private static Laid lay(Fonted text, List<List<String>> headers, int maxLines) {
    List<List<String>> cells = new ArrayList<>();
    for (int i = 0; i < headers.size(); i++) {
      cells.add(text.wrap(headers.get(i).get(0), BODY, inner(i), maxLines));
    }
    return laid(cells);
  }

  private static Laid laid(List<List<String>> cells) {
    int lines = cells.stream().mapToInt(List::size).max().orElse(1);
    return new Laid(cells, lines * LEADING + 2 * PAD);
  }

  private static float inner(int column) {
    return COLUMNS.get(column).width() - 2 * PAD;
  }

  private static float drawRow(
      PDPageContentStream c, Fonted text, Laid row, float top, boolean header) throws IOException {
    float bottom = top - row.height();
    float width = PAGE.getWidth() - 2 * MARGIN;
    if (header) {
      c.setNonStrokingColor(0.90f);
      c.addRect(MARGIN, bottom, width, row.height());
      c.fill();
      c.setNonStrokingColor(0f);
    }
    float x = MARGIN;
    for (int i = 0; i < COLUMNS.size(); i++) {
      Column column = COLUMNS.get(i);
      float baseline = top - PAD - BODY;
      for (String line : row.cells().get(i)) {
        float lineX = column.number() ? x + column.width() - PAD - text.width(line, BODY) : x + PAD;
        write(c, text, BODY, lineX, baseline, line);
        baseline -= LEADING;
      }
      x += column.width();
    }
    c.setStrokingColor(0.75f);
    c.setLineWidth(0.5f);
    c.moveTo(MARGIN, bottom);
    c.lineTo(MARGIN + width, bottom);
    c.stroke();
    return bottom;
  }

  private static void write(
      PDPageContentStream c, Fonted text, float size, float x, float y, String line)
      throws IOException {
    c.beginText();
    c.setFont(text.font(), size);
    c.newLineAtOffset(x, y);
    c.showText(text.printable(line));
    c.endText();
  }

  /**
   * Text measured and cut in the embedded font. Characters the font cannot draw become "?", and
   * line breaks and other controls become spaces, before anything is measured: PDFBox refuses to
   * show either.
   */
  private static final class Fonted {

    private final PDType0Font font;
    private final Map<Integer, Boolean> drawable = new HashMap<>();

    Fonted(PDType0Font font) {
      this.font = font;
    }

    PDType0Font font() {
      return font;
    }

    String printable(String text) {
      StringBuilder b = new StringBuilder(text.length());
      text.codePoints()
          .forEach(
              cp -> {
                if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                  b.append(' ');
                } else if (drawable.computeIfAbsent(cp, this::canDraw)) {
                  b.appendCodePoint(cp);
                } else {
                  b.append('?');
                }
              });
      return b.toString();
    }

    private boolean canDraw(int codePoint) {
      try {
        font.encode(new String(Character.toChars(codePoint)));
        return true;
      } catch (IllegalArgumentException | IOException e) {
        return false;
      }
    }

    float width(String text, float size) {
      try {
        return font.getStringWidth(printable(text)) / 1000 * size;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The text on one line, cut with an ellipsis when it is wider than {@code width}. */
    String fit(String text, float size, float width) {
      String line = printable(text).strip();
      if (width(line, size) <= width) {
        return line;
      }
      float room = width - width("…", size);
      if (room <= 0) {
        return "…";
      }
      return line.substring(0, longestFitting(line, size, room)).stripTrailing() + "…";
    }

    /**
     * The text in lines no wider than {@code width}, broken between words (inside a word only when
     * it is wider than a line), at most {@code maxLines}, the last cut with an ellipsis if text is
     * left over.
     */
    List<String> wrap(String text, float size, float width, int maxLines) {
      List<String> lines = new ArrayList<>();
      String rest = printable(text).strip().replaceAll(" +", " ");
      while (!rest.isEmpty() && lines.size() < maxLines) {
        if (lines.size() == maxLines - 1 || width(rest, size) <= width) {
          lines.add(fit(rest, size, width));
          break;
        }
        int end = longestFitting(rest, size, width);
        int space = rest.lastIndexOf(' ', end);
        int cut = space > 0 ? space : end;
        lines.add(rest.substring(0, cut).stripTrailing());
        rest = rest.substring(cut).strip();
      }
      return lines.isEmpty() ? List.of("") : lines;
    }

    /** The length of the longest start of {@code text} that fits, at least one character. */
    private int longestFitting(String text, float size, float width) {
      int end = text.offsetByCodePoints(0, 1);
      while (end < text.length()) {
        int next = text.offsetByCodePoints(end, 1);
        if (width(text.substring(0, next), size) > width) {
          break;
        }
        end = next;
      }
      return end;
    }
  }

  /** A factor as both files print it: its label and the points it took away. */
  private static String factorText(Factor f) {
    return f.label() + " (" + f.points() + ")";
  }
}
