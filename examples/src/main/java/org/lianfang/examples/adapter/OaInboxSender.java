package org.lianfang.examples.adapter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;
import org.lianfang.UnitId;
import org.lianfang.monitoring.Notification;
import org.lianfang.spi.NotificationSender;

/**
 * A port an integrator implements on their own storage (issue 15): Lianfang's {@link NotificationSender} written as an
 * OA system would, each notification a row of the OA's own inbox table, which its users read on their portal. It is
 * proven with the contract from core's tests jar ({@code NotificationSenderContract}), as any adapter of a host's is:
 * what is sent arrives as sent in any script, and a key sent twice arrives once, even when two dispatchers race (the
 * key is the table's primary key; the loser's insert is a duplicate, taken as delivered). The table is the OA's, not
 * Lianfang's; {@link #install} creates it for this example. Thread-safe.
 */
public final class OaInboxSender implements NotificationSender {
  private final DataSource oa;

  /** @param oa the OA system's database, holding {@code oa_inbox} */
  public OaInboxSender(DataSource oa) {
    this.oa = Objects.requireNonNull(oa, "oa");
  }

  /**
   * Creates the OA's inbox table if it is missing (portable SQL: H2, PostgreSQL, MySQL/MariaDB).
   *
   * @param oa the OA system's database
   */
  public static void install(DataSource oa) {
    try (Connection c = oa.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS oa_inbox (message_key VARCHAR(200) PRIMARY KEY, seq BIGINT NOT NULL, "
          + "unit_id CHAR(36) NOT NULL, recipient VARCHAR(200) NOT NULL, kind VARCHAR(100) NOT NULL, "
          + "link VARCHAR(200) NOT NULL, subject_zh VARCHAR(1000) NOT NULL, subject_en VARCHAR(1000) NOT NULL, "
          + "body_zh VARCHAR(4000) NOT NULL, body_en VARCHAR(4000) NOT NULL, created_at VARCHAR(40) NOT NULL)");
    } catch (SQLException e) {
      throw new IllegalStateException("could not create the OA's inbox", e);
    }
  }

  // adapter:begin
  @Override
  public void send(Notification n) {
    Objects.requireNonNull(n, "notification");
    try (Connection c = oa.getConnection(); PreparedStatement s = c.prepareStatement("INSERT INTO oa_inbox "
        + "(message_key, seq, unit_id, recipient, kind, link, subject_zh, subject_en, body_zh, body_en, created_at) "
        + "VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM oa_inbox), ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      s.setString(1, n.idempotencyKey());
      s.setString(2, n.unitId().value().toString());
      s.setString(3, n.recipient());
      s.setString(4, n.kind());
      s.setString(5, n.link());
      s.setString(6, n.subjectZh());
      s.setString(7, n.subjectEn());
      s.setString(8, n.bodyZh());
      s.setString(9, n.bodyEn());
      s.setString(10, n.createdAt().toString());
      s.executeUpdate();
    } catch (SQLException e) {
      if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
        return; // the key is in the inbox already: delivered once, as the contract asks
      }
      throw new IllegalStateException("the OA's inbox refused a notification; the dispatcher retries it", e);
    }
  }
  // adapter:end

  /** @return what reached the inbox, in the order it arrived */
  public List<Notification> inbox() {
    List<Notification> out = new ArrayList<>();
    try (Connection c = oa.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(
        "SELECT message_key, unit_id, recipient, kind, link, subject_zh, subject_en, body_zh, body_en, created_at "
            + "FROM oa_inbox ORDER BY seq")) {
      while (r.next()) {
        out.add(new Notification(r.getString(1), new UnitId(UUID.fromString(r.getString(2))), r.getString(3),
            r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getString(9),
            Instant.parse(r.getString(10))));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the OA's inbox", e);
    }
    return out;
  }
}
