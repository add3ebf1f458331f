package org.ippc.ecommerce.registry.screening;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.function.IntConsumer;

/** Finds every occurrence of many patterns in one pass over a text (Aho-Corasick automaton). */
final class AhoCorasick {
    private static final class Node {
        final Map<Integer, Node> next = new HashMap<>();
        final List<Integer> outputs = new ArrayList<>();
        Node fail;
    }

    private final Node root = new Node();

    /** Builds the automaton; pattern i is reported as i. */
    AhoCorasick(List<String> patterns) {
        for (int i = 0; i < patterns.size(); i++) {
            Node node = root;
            for (int codePoint : patterns.get(i).codePoints().toArray()) {
                node = node.next.computeIfAbsent(codePoint, c -> new Node());
            }
            node.outputs.add(i);
        }
        Queue<Node> queue = new ArrayDeque<>();
        root.fail = root;
        for (Node child : root.next.values()) {
            child.fail = root;
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            Node node = queue.remove();
            for (Map.Entry<Integer, Node> edge : node.next.entrySet()) {
                Node child = edge.getValue();
                Node fail = node.fail;
                while (fail != root && !fail.next.containsKey(edge.getKey())) {
                    fail = fail.fail;
                }
                child.fail = fail.next.getOrDefault(edge.getKey(), root);
                if (child.fail == child) {
                    child.fail = root;
                }
                child.outputs.addAll(child.fail.outputs);
                queue.add(child);
            }
        }
    }

    /** Reports the index of each pattern found in the text (once per occurrence). */
    void search(String text, IntConsumer found) {
        Node node = root;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            while (node != root && !node.next.containsKey(codePoint)) {
                node = node.fail;
            }
            node = node.next.getOrDefault(codePoint, root);
            node.outputs.forEach(found::accept);
        }
    }
}
