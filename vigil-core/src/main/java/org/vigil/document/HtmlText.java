package org.vigil.document;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Reads the article out of a web page: drops scripts, navigation, headers, footers and
 * asides, keeps the text with a blank line between blocks.
 *
 * <p>jsoup repairs broken markup the way browsers do, so unclosed tags still give text; a page
 * with no text left is refused by {@link TextChecks}.
 */
public final class HtmlText {

  /** The article part of a page. */
  public record Page(String title, String text, String published) {}

  private static final String FURNITURE =
      "script, style, noscript, nav, header, footer, aside, form, iframe, svg, button, "
          + "[role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";
  private static final Set<String> BLOCKS = Set.of(
      "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
      "pre", "tr", "table", "section", "article", "figcaption", "dd", "dt", "hr");

  public Page read(String html) {
    org.jsoup.nodes.Document page = Jsoup.parse(html);
    String title = page.title().isBlank() ? null : page.title().trim();
    Element published = page.selectFirst(
        "meta[property=article:published_time], meta[name=date], meta[itemprop=datePublished]");
    page.select(FURNITURE).remove();
    Element article = page.selectFirst("article");
    Element root = article != null ? article : page.body();
    StringBuilder out = new StringBuilder();
    root.traverse(new BlockWriter(out));
    return new Page(title, out.toString().strip(), published == null ? null
        : published.attr("content"));
  }

  /** Appends text, collapsing runs of spaces and starting a paragraph at each block. */
  private static final class BlockWriter implements NodeVisitor {
    private final StringBuilder out;

    BlockWriter(StringBuilder out) {
      this.out = out;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        String s = t.text().replaceAll("\\s+", " ");
        if (s.isBlank()) {
          if (!out.isEmpty() && !Character.isWhitespace(out.charAt(out.length() - 1))) {
            out.append(' ');
          }
          return;
        }
        if (!out.isEmpty() && Character.isWhitespace(out.charAt(out.length() - 1))
            && s.startsWith(" ")) {
          s = s.substring(1);
        }
        out.append(s);
      } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
        paragraph();
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
        paragraph();
      }
    }

    private void paragraph() {
      while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
        out.setLength(out.length() - 1);
      }
      int n = out.length();
      if (n > 0 && !(n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n')) {
        out.append(out.charAt(out.length() - 1) == '\n' ? "\n" : "\n\n");
      }
    }
  }
}
