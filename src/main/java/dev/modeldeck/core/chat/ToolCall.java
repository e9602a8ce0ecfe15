package dev.modeldeck.core.chat;

/** One tool call as assembled from stream deltas; arguments are the raw (possibly partial) JSON text. */
public final class ToolCall {
    private final int index;
    private String id = "";
    private String type = "function";
    private final StringBuilder name = new StringBuilder();
    private final StringBuilder arguments = new StringBuilder();

    ToolCall(int index) { this.index = index; }

    /** Position among this reply's tool calls (0-based, in order of first appearance). */
    public int index() { return index; }
    public String id() { return id; }
    public String type() { return type; }
    public String name() { return name.toString(); }
    /** Arguments as sent; not validated, so a cut-off stream leaves partial JSON here. */
    public String arguments() { return arguments.toString(); }

    void setId(String v) { id = v; }
    void setType(String v) { type = v; }
    boolean hasName() { return name.length() > 0; }
    boolean nameEquals(String v) { return name.length() == v.length() && name.indexOf(v) == 0; }
    void appendName(String v) { name.append(v); }
    void appendArguments(String v) { arguments.append(v); }

    @Override public String toString() { return name + "(" + arguments + ")#" + id; }
}
