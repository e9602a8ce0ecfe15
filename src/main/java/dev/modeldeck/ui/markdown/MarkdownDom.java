package dev.modeldeck.ui.markdown;

import dev.modeldeck.core.chat.markdown.SafeLinks;
import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.ui.dom.El;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Markdown to DOM through commonmark's syntax tree (never its HTML renderer): every piece of text
 * becomes a text node, raw HTML is shown as literal text, links are kept only for http(s)/mailto,
 * and images are shown as links instead of being loaded (no requests to hosts a model chose).
 */
public final class MarkdownDom {
    private static final List<Extension> EXTENSIONS = new ArrayList<>();
    static {
        EXTENSIONS.add(TablesExtension.create());
        EXTENSIONS.add(StrikethroughExtension.create());
    }
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

    /** Called for each code block so the page can attach its copy button. */
    public interface CodeBlockHook {
        void decorate(El container, String language, String code);
    }

    private MarkdownDom() { }

    /** Renders markdown text into {@code target} (appending). */
    public static void render(String markdown, El target, CodeBlockHook hook) {
        Node doc = PARSER.parse(markdown);
        doc.accept(new Builder(target, hook));
    }

    private static final class Builder extends AbstractVisitor {
        private El current;
        private final CodeBlockHook hook;

        Builder(El root, CodeBlockHook hook) {
            this.current = root;
            this.hook = hook;
        }

        private void within(El element, Node node) {
            El parent = current;
            parent.add(element);
            current = element;
            visitChildren(node);
            current = parent;
        }

        @Override public void visit(Document d) { visitChildren(d); }
        @Override public void visit(Paragraph p) { within(El.tag("p"), p); }
        @Override public void visit(Heading h) { within(El.tag("h" + Math.min(6, h.getLevel() + 2)).addCls("md-h" + h.getLevel()), h); }
        @Override public void visit(BlockQuote b) { within(El.tag("blockquote"), b); }
        @Override public void visit(BulletList l) { within(El.tag("ul"), l); }
        @Override public void visit(OrderedList l) {
            El ol = El.tag("ol");
            Integer start = l.getMarkerStartNumber();
            if (start != null && start != 1) {
                ol.attr("start", Integer.toString(start));
            }
            within(ol, l);
        }
        @Override public void visit(ListItem li) { within(El.tag("li"), li); }
        @Override public void visit(Emphasis e) { within(El.tag("em"), e); }
        @Override public void visit(StrongEmphasis s) { within(El.tag("strong"), s); }
        @Override public void visit(Text t) { current.addText(t.getLiteral()); }
        @Override public void visit(Code c) { current.add(El.tag("code").text(c.getLiteral())); }
        @Override public void visit(SoftLineBreak b) { current.addText("\n"); }
        @Override public void visit(HardLineBreak b) { current.add(El.tag("br")); }
        @Override public void visit(ThematicBreak t) { current.add(El.tag("hr")); }
        // Raw HTML from a model is shown as the text it is.
        @Override public void visit(HtmlInline h) { current.addText(h.getLiteral()); }
        @Override public void visit(HtmlBlock h) { current.add(El.tag("p").text(h.getLiteral())); }

        @Override
        public void visit(FencedCodeBlock f) {
            codeBlock(f.getInfo(), f.getLiteral());
        }

        @Override
        public void visit(IndentedCodeBlock i) {
            codeBlock(null, i.getLiteral());
        }

        private void codeBlock(String info, String code) {
            String language = firstWord(info);
            El box = El.div("code-block");
            El head = El.div("code-head");
            head.add(El.span("code-lang", language.isEmpty() ? I18n.t("ui_code_block_label") : language));
            box.add(head);
            El codeEl = El.tag("code").text(code.endsWith("\n") ? code.substring(0, code.length() - 1) : code);
            if (!language.isEmpty()) {
                codeEl.attr("data-lang", language);
            }
            // Focusable so a keyboard can scroll a long line sideways.
            box.add(El.tag("pre").attr("tabindex", "0").add(codeEl));
            if (hook != null) {
                hook.decorate(head, language, code);
            }
            current.add(box);
        }

        @Override
        public void visit(Link link) {
            String href = SafeLinks.allowedHref(link.getDestination());
            if (href == null) {
                within(El.span("unsafe-link", null).title(I18n.t("ui_unsafe_link_title")), link);
                return;
            }
            El a = El.tag("a").attr("href", href).attr("target", "_blank").attr("rel", "noopener noreferrer nofollow");
            if (link.getTitle() != null) {
                a.title(link.getTitle());
            }
            within(a, link);
        }

        @Override
        public void visit(Image image) {
            String href = SafeLinks.allowedHref(image.getDestination());
            // The alt text is rendered as plain text inside one whole message: "[image: $1]".
            El alt = El.span("image-alt", null);
            El parent = current;
            current = alt;
            visitChildren(image);
            current = parent;
            El label = El.span("image-ref", I18n.t("ui_image_reference", alt.text()));
            if (href != null) {
                parent.add(El.tag("a").attr("href", href).attr("target", "_blank").attr("rel", "noopener noreferrer nofollow").add(label));
            } else {
                parent.add(label);
            }
        }

        @Override
        public void visit(CustomBlock block) {
            if (block instanceof TableBlock) {
                El wrap = El.div("table-wrap").attr("tabindex", "0");
                current.add(wrap);
                El parent = current;
                current = wrap;
                within(El.tag("table"), block);
                current = parent;
            } else {
                visitChildren(block);
            }
        }

        @Override
        public void visit(CustomNode node) {
            if (node instanceof TableHead) {
                within(El.tag("thead"), node);
            } else if (node instanceof TableBody) {
                within(El.tag("tbody"), node);
            } else if (node instanceof TableRow) {
                within(El.tag("tr"), node);
            } else if (node instanceof TableCell) {
                TableCell cell = (TableCell) node;
                El td = El.tag(cell.isHeader() ? "th" : "td");
                if (cell.getAlignment() != null) {
                    td.addCls("align-" + cell.getAlignment().name().toLowerCase());
                }
                within(td, node);
            } else if (node instanceof Strikethrough) {
                within(El.tag("del"), node);
            } else {
                visitChildren(node);
            }
        }

        private static String firstWord(String info) {
            if (info == null) {
                return "";
            }
            String t = info.trim();
            int sp = 0;
            while (sp < t.length() && t.charAt(sp) != ' ' && t.charAt(sp) != '\t' && t.charAt(sp) != '{') {
                sp++;
            }
            return t.substring(0, sp);
        }
    }
}
