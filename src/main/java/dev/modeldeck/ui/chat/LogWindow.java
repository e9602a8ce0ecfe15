package dev.modeldeck.ui.chat;

import dev.modeldeck.browser.Frames;
import dev.modeldeck.core.chat.TranscriptWindow;
import dev.modeldeck.ui.shared.Typing;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.Node;

/**
 * Keeps only the messages on screen, plus about a screen above and below, in the log's DOM; the rest is
 * room. The first view's top margin stands for the messages above it and the last one's bottom margin for
 * those below, so the scrollbar spans the whole conversation. Views are measured once shown; the others are
 * estimated ({@link TranscriptWindow}). When the window moves, the view the reader is looking at keeps its
 * place on screen; a reader at the bottom stays at the bottom as new text arrives.
 */
final class LogWindow {
    /** Rendered beyond each edge of the viewport, at least. */
    private static final double MIN_MARGIN_PX = 400;
    /** The log's gap (.6rem) until two views can be measured. */
    private static final double DEFAULT_GAP_PX = 9.6;
    /** Passes in a row that may move the window without the reader scrolling (new views settling in). */
    private static final int MAX_SETTLING = 4;

    /** The messages' views, built on demand. */
    interface Views {
        MessageView view(int index);

        /** The view left the window; the owner may forget it. */
        void dropped(int index);

        /** The view was just put into the window. */
        void attached(int index, MessageView view);
    }

    private final HTMLElement root;
    private final Views views;
    private final TranscriptWindow geometry = new TranscriptWindow(DEFAULT_GAP_PX);
    /** Attached views: [first, end). */
    private int first;
    private int end;
    private boolean follow = true;
    private boolean queued;
    private int settling;
    private boolean gapMeasured;
    private HTMLElement topMargined;
    private HTMLElement bottomMargined;
    /** Where the window last scrolled the log to itself, to tell its own scrolling from the reader's. */
    private int ownScrollTop = -1;

    LogWindow(HTMLElement root, Views views) {
        this.root = root;
        this.views = views;
        root.addEventListener("scroll", (EventListener<Event>) e -> {
            follow = Frames.nearBottom(root);
            if (root.getScrollTop() != ownScrollTop) {
                settling = 0; // the reader scrolled (not the window keeping its place)
            }
            schedule();
        });
        root.addEventListener("keydown", (EventListener<KeyboardEvent>) this::homeOrEnd);
    }

    /**
     * Home and End in the log go to the first and the newest message. The browser's own keys would scroll to
     * the edge of the estimated room in an animation that the window's place-keeping cuts short; here the
     * window moves there at once. Focus comes back to the log, so a focused view far away is not kept.
     */
    private void homeOrEnd(KeyboardEvent e) {
        String key = e.getKey();
        boolean home = "Home".equals(key);
        if (!home && !"End".equals(key) || e.isAltKey() || e.isMetaKey() || e.isShiftKey() || Typing.in(e.getTarget())) {
            return;
        }
        e.preventDefault();
        if (HTMLDocument.current().getActiveElement() != root) {
            root.focus();
        }
        if (home) {
            toTop();
        } else {
            toBottom();
        }
    }

    int first() { return first; }
    int end() { return end; }
    boolean attached(int index) { return index >= first && index < end; }

    /** Forgets every message; the caller has emptied the log. */
    void reset() {
        geometry.clear();
        first = 0;
        end = 0;
        topMargined = null;
        bottomMargined = null;
        follow = true;
    }

    void added(int length) {
        geometry.add(length);
        schedule();
    }

    void changed(int index, int length) {
        geometry.changed(index, length);
        schedule();
    }

    /**
     * Messages of these lengths came before the first one. The views shown stay where they are on screen: the
     * next pass measures them before the room above them grows, then keeps the reader's place.
     */
    void prepended(int[] lengths) {
        geometry.prepend(lengths);
        first += lengths.length;
        end += lengths.length;
        schedule();
    }

    /** The view of a message was rebuilt: the new one takes the old one's place. */
    void rebuilt(int index, MessageView old, MessageView now) {
        if (!attached(index)) {
            return;
        }
        root.insertBefore(now.element().node(), old.element().node());
        detach(old.element().node());
        views.attached(index, now);
        applyMargins();
        schedule();
    }

    /** Keeps the first {@code size} messages. */
    void truncated(int size) {
        for (int i = Math.max(first, size); i < end; i++) {
            detach(views.view(i).element().node());
        }
        end = Math.min(end, size);
        first = Math.min(first, end);
        geometry.truncate(size);
        applyMargins();
        schedule();
    }

    /** Jumps to the newest message now and keeps following it. */
    void toBottom() {
        follow = true;
        settling = 0;
        pass();
    }

    /** Jumps to the newest message in the next frame (no layout forced now) and keeps following it. */
    void toBottomNextFrame() {
        follow = true;
        settling = 0;
        schedule();
    }

    /** Jumps to the first message; the window no longer follows new text. */
    void toTop() {
        follow = false;
        settling = 0;
        double viewport = root.getClientHeight();
        int[] want = keepFocused(geometry.range(0, viewport + Math.max(MIN_MARGIN_PX, viewport)));
        if (want[0] != first || want[1] != end) {
            move(want[0], want[1]);
        }
        applyMargins();
        root.setScrollTop(0);
        ownScrollTop = root.getScrollTop();
        schedule(); // measure the views just added
    }

    /** Re-windows once in the next frame (new text, a scroll, a view that changed size). */
    void schedule() {
        if (queued) {
            return;
        }
        queued = true;
        Frames.next(() -> {
            queued = false;
            pass();
        });
    }

    private void pass() {
        int n = geometry.size();
        if (n == 0) {
            return;
        }
        measure();
        double viewport = root.getClientHeight();
        double margin = Math.max(MIN_MARGIN_PX, viewport);
        int[] want;
        HTMLElement anchor = null;
        double anchorTop = 0;
        if (follow) {
            want = new int[] {geometry.firstForBottom(viewport + margin), n};
        } else {
            double rootTop = root.getBoundingClientRect().getTop();
            int anchorIndex = -1;
            for (int i = first; i < end && anchor == null; i++) {
                HTMLElement e = views.view(i).element().node();
                if (e.getBoundingClientRect().getBottom() > rootTop) {
                    anchor = e;
                    anchorIndex = i;
                    anchorTop = e.getBoundingClientRect().getTop() - rootTop;
                }
            }
            double scrollTop = root.getScrollTop();
            // Where the transcript starts in the log's content: the anchor's measured place minus the room above it.
            double origin = anchor == null ? 0 : anchorTop + scrollTop - geometry.before(anchorIndex);
            want = geometry.range(scrollTop - origin - margin, scrollTop - origin + viewport + margin);
        }
        want = keepFocused(want);
        boolean moved = want[0] != first || want[1] != end;
        if (moved) {
            move(want[0], want[1]);
        }
        applyMargins();
        if (follow) {
            Frames.scrollToBottom(root);
            ownScrollTop = root.getScrollTop();
        } else if (anchor != null && anchor.getParentNode() == root) {
            double now = anchor.getBoundingClientRect().getTop() - root.getBoundingClientRect().getTop();
            if (Math.abs(now - anchorTop) >= 1) {
                root.setScrollTop((int) Math.floor(root.getScrollTop() + now - anchorTop + 0.5));
                ownScrollTop = root.getScrollTop();
            }
        }
        if (moved && settling++ < MAX_SETTLING) {
            schedule(); // measure the views just added; the estimate they replaced may have been off
        }
    }

    /** Records the height of every attached view (one layout for the whole window). */
    private void measure() {
        for (int i = first; i < end; i++) {
            HTMLElement e = views.view(i).element().node();
            geometry.measured(i, e.getOffsetHeight());
        }
        if (!gapMeasured && end - first >= 2) {
            HTMLElement a = views.view(first).element().node();
            HTMLElement b = views.view(first + 1).element().node();
            double gap = b.getBoundingClientRect().getTop() - a.getBoundingClientRect().getBottom();
            if (gap >= 0 && gap < 100) {
                geometry.gap(gap);
                gapMeasured = true;
            }
        }
    }

    /** A view holding the keyboard focus stays in the window, so focus is never lost to scrolling. */
    private int[] keepFocused(int[] want) {
        Node focused = HTMLDocument.current().getActiveElement();
        while (focused != null && focused.getParentNode() != root) {
            focused = focused.getParentNode();
        }
        if (focused == null) {
            return want;
        }
        for (int i = first; i < end; i++) {
            if (views.view(i).element().node() == focused) {
                return new int[] {Math.min(want[0], i), Math.max(want[1], i + 1)};
            }
        }
        return want;
    }

    /** Attaches [from, to) and detaches the rest, touching only the views that enter or leave. */
    private void move(int from, int to) {
        if (to <= first || from >= end || first == end) {
            for (int i = first; i < end; i++) {
                drop(i);
            }
            for (int i = from; i < to; i++) {
                attach(i, null);
            }
        } else {
            for (int i = first; i < from; i++) {
                drop(i);
            }
            for (int i = Math.max(to, first); i < end; i++) {
                drop(i);
            }
            int keptFirst = Math.max(first, from);
            int keptEnd = Math.min(end, to);
            Node before = views.view(keptFirst).element().node();
            for (int i = from; i < keptFirst; i++) {
                attach(i, before);
            }
            Node after = views.view(keptEnd - 1).element().node().getNextSibling();
            for (int i = keptEnd; i < to; i++) {
                attach(i, after);
            }
        }
        first = from;
        end = to;
    }

    private void attach(int index, Node before) {
        MessageView v = views.view(index);
        root.insertBefore(v.element().node(), before);
        views.attached(index, v);
    }

    private void drop(int index) {
        detach(views.view(index).element().node());
        views.dropped(index);
    }

    private void detach(HTMLElement e) {
        if (e == topMargined || e == bottomMargined) {
            e.getStyle().removeProperty("margin-top");
            e.getStyle().removeProperty("margin-bottom");
        }
        if (e.getParentNode() == root) {
            root.removeChild(e);
        }
    }

    /** The room that stands for the messages outside the window. */
    private void applyMargins() {
        HTMLElement top = first < end ? views.view(first).element().node() : null;
        HTMLElement bottom = first < end ? views.view(end - 1).element().node() : null;
        if (topMargined != null && topMargined != top) {
            topMargined.getStyle().removeProperty("margin-top");
        }
        if (bottomMargined != null && bottomMargined != bottom) {
            bottomMargined.getStyle().removeProperty("margin-bottom");
        }
        topMargined = top;
        bottomMargined = bottom;
        if (top != null) {
            setPx(top, "margin-top", geometry.before(first));
            setPx(bottom, "margin-bottom", geometry.after(end));
        }
    }

    private static void setPx(HTMLElement e, String property, double px) {
        String value = px < 0.5 ? "" : (int) Math.floor(px + 0.5) + "px";
        if (!value.equals(e.getStyle().getPropertyValue(property))) {
            if (value.isEmpty()) {
                e.getStyle().removeProperty(property);
            } else {
                e.getStyle().setProperty(property, value);
            }
        }
    }
}
