package demo;

import org.springframework.data.jpa.repository.Query;

interface Accounts {
  @Query(value = "SELECT id FROM account WHERE email ILIKE ?1", nativeQuery = true)
  java.util.List<Long> find(String email);
}
