package dev.libsql4j.hibernate.model;

/** Stored by name. */
public enum OrderStatus {
  NEW, PAID, SHIPPED
}
