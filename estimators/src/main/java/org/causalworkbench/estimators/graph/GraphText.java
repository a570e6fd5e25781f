package org.causalworkbench.estimators.graph;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.causalworkbench.estimators.data.DataFormatException;

/**
 * Checks the direction of DOT and GML text on its tokens, with comments and quoted strings
 * removed, so that a brace or the word {@code digraph} inside a comment or label does not
 * decide it.
 */
final class GraphText {

    private static final Pattern DOT_COMMENT_OR_STRING =
            Pattern.compile("/\\*.*?\\*/|//[^\\n]*|(?m)^\\s*#[^\\n]*|\"(?:\\\\.|[^\"\\\\])*\"",
                    Pattern.DOTALL);
    private static final Pattern DOT_HEADER =
            Pattern.compile("^\\s*(?:strict\\s+)?(graph|digraph)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern GML_COMMENT_OR_STRING =
            Pattern.compile("(?m)^\\s*#[^\\n]*|\"[^\"]*\"");
    private static final Pattern GML_DIRECTED = Pattern.compile("\\bdirected\\s+1\\b");

    private GraphText() {
    }

    /**
     * Rejects a DOT {@code digraph}, and an undirected {@code graph} that uses the directed edge
     * operator {@code ->}.
     */
    static void rejectDirectedDot(String text, String name) {
        String tokens = DOT_COMMENT_OR_STRING.matcher(text).replaceAll(" ");
        Matcher header = DOT_HEADER.matcher(tokens);
        if (header.find() && header.group(1).equalsIgnoreCase("digraph")) {
            throw new DataFormatException(name + ": " + SafeXml.DIRECTED_MESSAGE);
        }
        if (tokens.contains("->")) {
            throw new DataFormatException(name + ": an edge uses '->', the directed edge"
                    + " operator, in an undirected graph; write undirected edges as 'a -- b'.");
        }
    }

    /** Rejects GML whose keys contain {@code directed 1}, ignoring labels and comments. */
    static void rejectDirectedGml(String text, String name) {
        String tokens = GML_COMMENT_OR_STRING.matcher(text).replaceAll(" ");
        if (GML_DIRECTED.matcher(tokens).find()) {
            throw new DataFormatException(name + ": " + SafeXml.DIRECTED_MESSAGE);
        }
    }
}
