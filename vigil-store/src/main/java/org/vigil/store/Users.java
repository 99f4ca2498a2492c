package org.vigil.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The statements of the user and token tables. Hashing is the caller's: no secret comes here. */
final class Users {

  Store.User add(Handle h, String name, String passwordHash, String role) {
    if (h.createQuery("SELECT COUNT(*) FROM app_user WHERE name = :n").bind("n", name)
        .mapTo(Integer.class).one() > 0) {
      throw new StoreException("a user named '" + name + "' exists already");
    }
    long id = h.createUpdate("""
            INSERT INTO app_user (name, password_hash, role, created_at)
            VALUES (:n, :p, :r, :at)""")
        .bind("n", name).bind("p", passwordHash).bind("r", role).bind("at", Instant.now())
        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    return new Store.User(id, name, role, passwordHash);
  }

  Optional<Store.User> named(Handle h, String name) {
    return h.createQuery("SELECT * FROM app_user WHERE name = :n").bind("n", name)
        .map((rs, ctx) -> user(rs))
        .findOne();
  }

  void addToken(Handle h, String userName, String tokenHash, String label) {
    Store.User u = named(h, userName)
        .orElseThrow(() -> new StoreException("no user named '" + userName + "'"));
    h.createUpdate("""
            INSERT INTO api_token (user_id, token_hash, label, created_at)
            VALUES (:u, :t, :l, :at)""")
        .bind("u", u.id()).bind("t", tokenHash).bind("l", label).bind("at", Instant.now())
        .execute();
  }

  Optional<Store.User> byToken(Handle h, String tokenHash) {
    return h.createQuery("""
            SELECT u.* FROM api_token t JOIN app_user u ON u.id = t.user_id
            WHERE t.token_hash = :t""")
        .bind("t", tokenHash)
        .map((rs, ctx) -> user(rs))
        .findOne();
  }

  private static Store.User user(ResultSet rs) throws SQLException {
    return new Store.User(rs.getLong("id"), rs.getString("name"), rs.getString("role"),
        rs.getString("password_hash"));
  }

  List<Store.AuditEntry> audit(Handle h, int limit) {
    return h.createQuery("SELECT * FROM audit ORDER BY id DESC").setMaxRows(limit)
        .map((rs, ctx) -> new Store.AuditEntry(rs.getLong("id"), rs.getString("made_by"),
            rs.getTimestamp("made_at").toInstant(), rs.getString("action"),
            rs.getString("target"), rs.getString("old_value"), rs.getString("new_value"),
            rs.getString("reason")))
        .list();
  }
}
