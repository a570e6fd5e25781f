package org.causalworkbench.estimators.repr.lora;

import java.math.BigInteger;
import java.util.Comparator;

/** Orders names with runs of digits compared by value, so "layers.9" precedes "layers.10". */
final class NaturalOrder implements Comparator<String> {

    static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {
    }

    @Override
    public int compare(String left, String right) {
        int i = 0;
        int j = 0;
        while (i < left.length() && j < right.length()) {
            char a = left.charAt(i);
            char b = right.charAt(j);
            if (isDigit(a) && isDigit(b)) {
                int endA = digitsEnd(left, i);
                int endB = digitsEnd(right, j);
                int byValue = new BigInteger(left.substring(i, endA))
                        .compareTo(new BigInteger(right.substring(j, endB)));
                if (byValue != 0) {
                    return byValue;
                }
                i = endA;
                j = endB;
            } else if (a != b) {
                return Character.compare(a, b);
            } else {
                i++;
                j++;
            }
        }
        int byLength = Integer.compare(left.length() - i, right.length() - j);
        return byLength != 0 ? byLength : left.compareTo(right);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int digitsEnd(String text, int start) {
        int end = start;
        while (end < text.length() && isDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }
}
