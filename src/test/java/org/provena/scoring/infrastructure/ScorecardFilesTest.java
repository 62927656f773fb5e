package org.provena.scoring.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.provena.scoring.application.ScorecardRow;
import org.provena.scoring.domain.Factor;
import org.provena.scoring.domain.Grade;

class ScorecardFilesTest {

  private static final Instant COMPUTED = Instant.parse("2026-11-30T06:00:00Z");
  private static final Instant GENERATED = Instant.parse("2026-12-01T09:15:00Z");

  private final ScorecardFiles files = new ScorecardFiles();

  private static ScorecardRow row(String name, int score, Integer previous, Factor... factors) {
    return new ScorecardRow(
        UUID.randomUUID(),
        name,
        score,
        Grade.of(score),
        previous,
        previous == null ? 0 : score - previous,
        2,
        1,
        List.of(factors),
        COMPUTED);
  }

  private static Factor factor(String label, int points) {
    return new Factor("code", label, points, label, null);
  }

  // ---------------------------------------------------------------- CSV

  private String csv(List<ScorecardRow> rows) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    files.csv(rows, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** RFC 4180 read back: quoted fields may hold commas, doubled quotes and line breaks. */
  private static List<List<String>> parseCsv(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && text.charAt(i + 1) == '\n') {
        fields.add(field.toString());
        field.setLength(0);
        records.add(fields);
        fields = new ArrayList<>();
        i++;
      } else {
        field.append(c);
      }
    }
    assertThat(quoted).as("every quote closed").isFalse();
    assertThat(field).as("last line ended").isEmpty();
    return records;
  }

  @Test
  void the_csv_opens_in_excel_as_utf8_with_a_header_and_crlf_lines() throws IOException {
    String text = csv(List.of(row("Müller Medizintechnik", 84, 80)));

    assertThat(text).startsWith("\uFEFF\"Supplier ID\",\"Supplier\",\"Grade\",\"Score\"");
    assertThat(text.split("\r\n")).hasSize(2);
    assertThat(text).doesNotContain("\n\"").doesNotContainPattern("[^\r]\n");
  }

  @Test
  void a_supplier_reads_back_with_its_grade_score_trend_and_counts() throws IOException {
    ScorecardRow acme =
        row("Acme", 72, 80, factor("Unanswered KEV finding", -20), factor("Overdue SBOM", -8));

    List<List<String>> records = parseCsv(csv(List.of(acme)).substring(1));

    assertThat(records).hasSize(2);
    assertThat(records.get(1))
        .containsExactly(
            acme.supplierId().toString(),
            "Acme",
            "C",
            "72",
            "80",
            "-8",
            "2",
            "1",
            "Unanswered KEV finding (-20); Overdue SBOM (-8)",
            "2026-11-30T06:00:00Z");
  }

  @Test
  void names_with_commas_quotes_and_line_breaks_come_back_whole() throws IOException {
    String name = "Smith, Jones & \"Partners\"\nMedical GmbH";

    List<List<String>> records = parseCsv(csv(List.of(row(name, 90, null))).substring(1));

    assertThat(records).hasSize(2);
    assertThat(records.get(1).get(1)).isEqualTo(name);
    assertThat(records.get(1).get(4)).as("no previous score").isEmpty();
    assertThat(records.get(1).get(5)).isEqualTo("0");
  }

  @Test
  void a_name_or_factor_a_spreadsheet_would_run_as_a_formula_is_defused() throws IOException {
    List<ScorecardRow> rows =
        List.of(
            row("=HYPERLINK(\"http://evil.example\",\"click\")", 50, null),
            row("+1+cmd|' /C calc'!A0", 50, null),
            row("-2+3", 50, null),
            row("@SUM(A1:A9)", 50, null),
            row("\t=1+1", 50, null),
            row("\r=1+1", 50, null),
            row("Acme", 50, null, factor("=1+1", -3)));

    List<List<String>> records = parseCsv(csv(rows).substring(1));

    assertThat(records.subList(1, 7))
        .extracting(r -> r.get(1))
        .allSatisfy(name -> assertThat(name).startsWith("'"))
        .containsExactly(
            "'=HYPERLINK(\"http://evil.example\",\"click\")",
            "'+1+cmd|' /C calc'!A0",
            "'-2+3",
            "'@SUM(A1:A9)",
            "'\t=1+1",
            "'\r=1+1");
    assertThat(records.get(7).get(8)).isEqualTo("'=1+1 (-3)");
  }

  @Test
  void a_falling_score_stays_a_number_a_spreadsheet_can_sum() throws IOException {
    String line = csv(List.of(row("Acme", 60, 75))).split("\r\n")[1];

    assertThat(line).contains(",\"Acme\",D,60,75,-15,2,1,");
  }

  // ---------------------------------------------------------------- PDF

  private byte[] pdf(List<ScorecardRow> rows) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    files.pdf(rows, "Supplier scorecards", GENERATED, out);
    return out.toByteArray();
  }

  private static String text(PDDocument document, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(document);
  }

  @Test
  void the_pdf_shows_each_supplier_with_its_grade_score_trend_and_top_factors() throws IOException {
    List<ScorecardRow> rows =
        List.of(
            row("Acme Medical", 92, 88, factor("SBOM lacks hashes", -4)),
            row("Beta Devices", 45, 60, factor("Unanswered KEV finding", -30)),
            row("Gamma Systems", 75, null));

    try (PDDocument document = Loader.loadPDF(pdf(rows))) {
      String text = text(document, 1);
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      assertThat(text)
          .contains("Supplier scorecards")
          .contains("Generated 2026-12-01 09:15 UTC · 3 suppliers")
          .contains("Page 1 of 1")
          .containsPattern("Acme Medical\\s+A\\s+92\\s+↑ \\+4")
          .containsPattern("Beta Devices\\s+F\\s+45\\s+↓ −15")
          .containsPattern("Gamma Systems\\s+C\\s+75\\s+new")
          .contains("SBOM lacks hashes (-4)")
          .contains("Unanswered KEV finding (-30)");
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Supplier scorecards");
    }
  }

  @Test
  void a_hundred_and_twenty_suppliers_run_over_numbered_pages_each_with_the_table_header()
      throws IOException {
    List<ScorecardRow> rows =
        IntStream.rangeClosed(1, 120)
            .mapToObj(
                i ->
                    row(
                        "Supplier %03d".formatted(i),
                        i % 101,
                        null,
                        factor("Overdue evidence request", -5)))
            .toList();

    try (PDDocument document = Loader.loadPDF(pdf(rows))) {
      int pages = document.getNumberOfPages();
      assertThat(pages).isGreaterThan(2);
      StringBuilder all = new StringBuilder();
      for (int p = 1; p <= pages; p++) {
        String page = text(document, p);
        assertThat(page)
            .contains("Page " + p + " of " + pages)
            .contains("Supplier scorecards")
            .contains("Top factors");
        all.append(page);
      }
      for (int i = 1; i <= 120; i++) {
        assertThat(all).contains("Supplier %03d".formatted(i));
      }
    }
  }

  @Test
  void long_text_is_wrapped_and_cut_inside_its_cell_never_past_the_page() throws IOException {
    String name = "Extraordinarily Long Supplier Name Incorporated ".repeat(10).strip();
    ScorecardRow row =
        row(
            name,
            66,
            70,
            factor("A factor label that goes on and on ".repeat(6), -3),
            factor("Second", -2),
            factor("Third", -2),
            factor("Fourth", -1),
            factor("Fifth", -1));
    List<TextPosition> glyphs = new ArrayList<>();
    PDFTextStripper positions =
        new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> textPositions)
              throws IOException {
            glyphs.addAll(textPositions);
            super.writeString(text, textPositions);
          }
        };

    try (PDDocument document = Loader.loadPDF(pdf(List.of(row)))) {
      String text = positions.getText(document);
      float width = document.getPage(0).getMediaBox().getWidth();
      assertThat(glyphs)
          .allSatisfy(g -> assertThat(g.getX() + g.getWidth()).isLessThanOrEqualTo(width - 35));
      assertThat(text).contains("Extraordinarily Long").contains("…").doesNotContain(name);
      assertThat(text).contains("Third (-2)").doesNotContain("Fourth").contains("+2 more");
    }
  }

  @Test
  void characters_the_font_lacks_print_as_question_marks_and_line_breaks_as_spaces()
      throws IOException {
    try (PDDocument document =
        Loader.loadPDF(pdf(List.of(row("東京 Medical\nΣύστημα Ωмега", 80, null))))) {
      assertThat(text(document, 1)).contains("?? Medical Σύστημα Ωмега");
    }
  }

  @Test
  void without_suppliers_the_pdf_is_one_page_that_says_so() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf(List.of()))) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      assertThat(text(document, 1))
          .contains("No suppliers have a score yet.")
          .contains("0 suppliers")
          .contains("Page 1 of 1");
    }
  }
}
