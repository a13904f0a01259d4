package dev.libsql4j.hibernate;

import java.math.BigDecimal;

/** A constructor projection of the model tests. */
public record OrderSummary(String customer, long orders, BigDecimal total) {
}
