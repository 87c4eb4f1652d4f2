package org.gutskin.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.gutskin.journal.DayEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM that is saving days, with SIGKILL at random moments, and checks after every
 * kill that the journal opens, passes SQLite's integrity check, and holds every save that was
 * acknowledged.
 */
class CrashSafetyTest {
    static final int KILLS = 20;

    @TempDir
    Path folder;

    @Test
    void everyAcknowledgedSaveSurvivesTwentyKills() throws Exception {
        Random random = new Random(20261127);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        int totalAcknowledged = 0;
        for (int round = 0; round < KILLS; round++) {
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    CrashWriter.class.getName(), folder.toString(), Integer.toString(round))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            AtomicInteger lastAck = new AtomicInteger(-1);
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        if (line.startsWith("ack ")) {
                            lastAck.set(Integer.parseInt(line.substring(4)));
                        }
                    }
                } catch (Exception ignored) {
                    // the pipe breaks when the child is killed
                }
            });
            reader.start();
            long deadline = System.currentTimeMillis() + 20_000;
            while (lastAck.get() < 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(5);
            }
            Thread.sleep(random.nextInt(300));
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no flush, no close
            child.waitFor();
            reader.join(5_000);
            int acknowledged = lastAck.get();
            assertTrue(acknowledged >= 0, "round " + round + ": the child saved something before the kill");
            totalAcknowledged += acknowledged + 1;

            try (Database database = Database.open(DataDirectory.at(folder))) {
                String verdict = database.read(connection -> {
                    try (Statement statement = connection.createStatement();
                         ResultSet result = statement.executeQuery("PRAGMA integrity_check")) {
                        result.next();
                        return result.getString(1);
                    }
                });
                assertEquals("ok", verdict, "round " + round);
                Map<LocalDate, DayEntry> days = new JournalRepository(database).loadAll();
                for (int index = 0; index <= acknowledged; index++) {
                    DayEntry expected = CrashWriter.day(round, index);
                    assertEquals(expected, days.get(expected.date()), "round " + round + ", save " + index);
                }
            }
        }
        assertTrue(totalAcknowledged > KILLS, "saves acknowledged in all: " + totalAcknowledged);
        System.out.println("crash safety: " + KILLS + " kills, " + totalAcknowledged + " acknowledged saves, all found");
    }
}
