package org.lianfang.examples.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.lianfang.Outcome;
import org.lianfang.UnitId;
import org.lianfang.examples.city.City;
import org.lianfang.examples.city.Scale;
import org.lianfang.examples.city.UnitBatch;
import org.lianfang.json.LedgerCounts;
import org.lianfang.json.LedgerHandler;
import org.lianfang.json.LedgerHeader;
import org.lianfang.json.LedgerReader;
import org.lianfang.json.LedgerSection;
import org.lianfang.json.LedgerWriter;
import org.lianfang.ledger.JournalEntry;

/**
 * The JSON benchmark (issue 4): the generated city's ledger document exported and imported through the adapter
 * ({@link LedgerWriter}, {@link LedgerReader}) and, in the same run, through a hand-written Jackson streaming codec of
 * the same document ({@link RawJsonLedger}, no databind). Prints per path records, seconds, records per second and
 * MB/s (10<sup>6</sup> bytes), the ratios adapter ÷ raw, the heap, and last {@code json-bench export=… import=…
 * maxHeapMB=…}.
 *
 * <ul>
 *   <li><b>Export</b> is domain objects → bytes. The city is generated unit by unit (300,000 risk points do not fit
 *       in 256 MB at once) and only the writer's calls are timed, with {@link System#nanoTime()} around each, as the
 *       JDBC benchmark times only the loading. The timed rounds write to a stream that counts and discards the bytes,
 *       so what is measured is serialisation, not the disk of a shared machine.
 *   <li><b>Import</b> is the file → domain objects: the document written once to {@code target/json-bench/} and read
 *       from it by each path (from the page cache after the first read), the whole read timed. Both paths hand what
 *       they build to the same digest (an order-sensitive mix of every record's and entry's {@code hashCode()}, which
 *       is deep over all fields), the adapter through a {@link LedgerHandler}.
 * </ul>
 *
 * <p>Before anything is timed the run proves that both paths see the same data: the adapter's and the raw writer's
 * bytes must be identical (SHA-256 and length), and each path's import must give records and journal entries
 * {@code equals} to the generator's, unit by unit. Every timed import must give the digest of the first. Each path
 * runs once to warm up, then the rounds alternate which path goes first, and the medians count. Peak heap is the sum of
 * the heap memory pools' peak usage ({@link MemoryPoolMXBean}), reset when the run starts: an upper bound, as the
 * pools need not peak at once. {@code maxHeapMB} in the summary is the heap limit the whole run stayed within,
 * {@link Runtime#maxMemory()} ({@code -Xmx}).
 *
 * <p>Run: {@code MAVEN_OPTS=-Xmx256m mvn -q -pl examples -am test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.lianfang.examples.bench.JsonBenchmark -Dexec.args=city} ({@code small} for a quick check);
 * exec:java runs in Maven's JVM, so {@code MAVEN_OPTS} sets the heap.
 */
public final class JsonBenchmark {
  /** When the document says it was exported: fixed, so the bytes are the same on every run. */
  static final Instant EXPORTED_AT = Instant.parse("2026-11-26T00:00:00Z");
  /** Who the document says exported it. */
  static final String EXPORTED_BY = "json-bench";

  private JsonBenchmark() {}

  /**
   * @param args {@code city} (default) or {@code small}; optionally then the number of measured rounds (default 3)
   * @throws Exception if the run fails or the two paths disagree
   */
  public static void main(String[] args) throws Exception {
    Scale scale = Scale.named(args.length == 0 ? "city" : args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Path dir = targetDir().resolve("json-bench");
    Files.createDirectories(dir);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    run(City.of(2010, scale), rounds, dir, out);
  }

  /** @return the module's {@code target} directory, where the compiled benchmark lives */
  private static Path targetDir() throws URISyntaxException {
    Path classes = Path.of(JsonBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    return classes.getParent();
  }

  /**
   * What one timed pass of one path took.
   *
   * @param records records and journal entries
   * @param bytes the document's size
   * @param nanos the time timed
   */
  record Measure(long records, long bytes, long nanos) {
    double seconds() {
      return nanos / 1e9;
    }

    double recordsPerSecond() {
      return records / seconds();
    }

    double megabytesPerSecond() {
      return bytes / 1e6 / seconds();
    }
  }

  /**
   * What a run found.
   *
   * @param bytes the document's size
   * @param sha256 the SHA-256 of the document, the same from both writers
   * @param exportAdapter the adapter's median export
   * @param exportRaw the raw writer's median export
   * @param importAdapter the adapter's median import
   * @param importRaw the raw reader's median import
   * @param adapterDigest what the adapter's imports received
   * @param rawDigest what the raw imports received
   * @param peakHeapBytes the heap pools' summed peak usage over the run
   * @param maxHeapBytes {@link Runtime#maxMemory()}
   * @param summary the last line printed
   */
  record Result(long bytes, String sha256, Measure exportAdapter, Measure exportRaw, Measure importAdapter,
      Measure importRaw, String adapterDigest, String rawDigest, long peakHeapBytes, long maxHeapBytes,
      String summary) {
    double exportRatio() {
      return exportAdapter.recordsPerSecond() / exportRaw.recordsPerSecond();
    }

    double importRatio() {
      return importAdapter.recordsPerSecond() / importRaw.recordsPerSecond();
    }
  }

  /**
   * Runs the benchmark and prints its lines.
   *
   * @param city the city whose ledger is written and read
   * @param rounds measured rounds per path, after one warm-up each
   * @param dir where the document is written (and deleted at the end)
   * @param out where the lines go
   * @return what was found
   * @throws IOException if a stream fails
   * @throws IllegalStateException if the two paths disagree
   */
  static Result run(City city, int rounds, Path dir, PrintStream out) throws IOException {
    resetPeaks();
    Runtime rt = Runtime.getRuntime();
    out.printf(Locale.ROOT, "JVM %s, %s, max heap %d MiB (Runtime.maxMemory), %d processors%n",
        System.getProperty("java.version"), ManagementFactory.getGarbageCollectorMXBeans().stream()
            .map(GarbageCollectorMXBean::getName).collect(Collectors.joining("/")),
        rt.maxMemory() >> 20, rt.availableProcessors());
    out.println("city: " + city.totals().toText().replace('\n', ' ').trim());
    UnitId root = city.unit(0).unit().id();
    Path file = dir.resolve("ledger.json");
    try {
      // 1. both writers give the same bytes; the adapter's go to the file the imports read
      String sha;
      long bytes;
      try (OutputStream f = Files.newOutputStream(file)) {
        Sha adapter = new Sha(f);
        export(city, root, true, adapter);
        Sha raw = new Sha(OutputStream.nullOutputStream());
        export(city, root, false, raw);
        if (!adapter.hex().equals(raw.hex()) || adapter.count != raw.count) {
          throw new IllegalStateException("the two writers wrote different bytes: adapter " + adapter.count
              + " bytes, SHA-256 " + adapter.hex() + "; raw " + raw.count + " bytes, SHA-256 " + raw.hex());
        }
        sha = adapter.hex();
        bytes = adapter.count;
      }
      out.printf(Locale.ROOT, "document: %,d bytes (%.1f MB), adapter and raw writers byte-identical: yes "
          + "(SHA-256 %s…)%n", bytes, bytes / 1e6, sha.substring(0, 16));

      // 2. both readers give back exactly what was generated
      GeneratorCheck a = new GeneratorCheck(city);
      importFile(file, true, a);
      a.finish("adapter");
      GeneratorCheck r = new GeneratorCheck(city);
      importFile(file, false, r);
      r.finish("raw");
      out.printf(Locale.ROOT, "import check: adapter and raw each gave %,d records and %,d journal entries equal to "
          + "the generated ones: yes%n", a.records, a.entries);

      // 3. export, timed
      List<Measure> exportAdapter = new ArrayList<>();
      List<Measure> exportRaw = new ArrayList<>();
      alternate(rounds, adapterPath -> {
        Measure m = export(city, root, adapterPath, new Counting(OutputStream.nullOutputStream()));
        if (m.bytes() != bytes) {
          throw new IllegalStateException("an export wrote " + m.bytes() + " bytes, not " + bytes);
        }
        return m;
      }, exportAdapter, exportRaw);

      // 4. import, timed
      List<Measure> importAdapter = new ArrayList<>();
      List<Measure> importRaw = new ArrayList<>();
      String[] digests = new String[2];
      alternate(rounds, adapterPath -> {
        Digest d = new Digest();
        Measure m = importFile(file, adapterPath, d);
        String value = d.value();
        int i = adapterPath ? 0 : 1;
        if (digests[i] != null && !digests[i].equals(value)) {
          throw new IllegalStateException("an import gave digest " + value + " after " + digests[i]);
        }
        digests[i] = value;
        return new Measure(d.records + d.entries, bytes, m.nanos());
      }, importAdapter, importRaw);
      if (!digests[0].equals(digests[1])) {
        throw new IllegalStateException("the imports received different content: adapter " + digests[0] + ", raw "
            + digests[1]);
      }

      Measure ea = Medians.of(exportAdapter, Measure::nanos);
      Measure er = Medians.of(exportRaw, Measure::nanos);
      Measure ia = Medians.of(importAdapter, Measure::nanos);
      Measure ir = Medians.of(importRaw, Measure::nanos);
      long peak = peakHeap();
      String summary = String.format(Locale.ROOT, "json-bench export=%.2f import=%.2f maxHeapMB=%d",
          ea.recordsPerSecond() / er.recordsPerSecond(), ia.recordsPerSecond() / ir.recordsPerSecond(),
          rt.maxMemory() >> 20);
      Result result = new Result(bytes, sha, ea, er, ia, ir, digests[0], digests[1], peak, rt.maxMemory(), summary);
      print(out, "export", ea, er, rounds, "same bytes: yes");
      print(out, "import", ia, ir, rounds, "same digest: yes, " + digests[0]);
      out.printf(Locale.ROOT, "heap: peak used %d MiB (heap pools' peak usage since the start, summed) of max %d MiB"
          + "%n", peak >> 20, rt.maxMemory() >> 20);
      out.println(summary);
      return result;
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static void print(PrintStream out, String what, Measure adapter, Measure raw, int rounds, String same) {
    out.printf(Locale.ROOT, "%s  adapter %,d records in %.2f s = %,.0f records/s, %.1f MB/s; raw %,d records in "
        + "%.2f s = %,.0f records/s, %.1f MB/s; ratio %.2f (medians of %d alternating rounds; %s)%n", what,
        adapter.records(), adapter.seconds(), adapter.recordsPerSecond(), adapter.megabytesPerSecond(),
        raw.records(), raw.seconds(), raw.recordsPerSecond(), raw.megabytesPerSecond(),
        adapter.recordsPerSecond() / raw.recordsPerSecond(), rounds, same);
  }

  /** One pass of one path: true for the adapter. */
  private interface Pass {
    Measure run(boolean adapter) throws IOException;
  }

  /** Each path once to warm up, then {@code rounds} times each, alternating which goes first. */
  private static void alternate(int rounds, Pass pass, List<Measure> adapter, List<Measure> raw) throws IOException {
    pass.run(true);
    pass.run(false);
    for (int i = 0; i < rounds; i++) {
      boolean adapterFirst = i % 2 == 0;
      (adapterFirst ? adapter : raw).add(pass.run(adapterFirst));
      (adapterFirst ? raw : adapter).add(pass.run(!adapterFirst));
    }
  }

  /**
   * Writes the city's document through one path, generating unit by unit and timing only the writer's calls.
   *
   * @return the records and entries written, the bytes and the time the writer took
   */
  static Measure export(City city, UnitId root, boolean adapter, Counting out) throws IOException {
    long nanos = 0;
    long records = 0;
    Iterator<UnitBatch> units = city.units().iterator();
    if (adapter) {
      long start = System.nanoTime();
      LedgerWriter w = LedgerWriter.open(out, new LedgerHeader(LedgerWriter.SCHEMA_VERSION, root, EXPORTED_AT,
          EXPORTED_BY, "SHA-256"));
      nanos += System.nanoTime() - start;
      while (units.hasNext()) {
        UnitBatch b = units.next();
        records += b.records() + b.journal().size();
        LedgerSection section = new LedgerSection(b.unit(), b.byKind());
        start = System.nanoTime();
        w.write(section, b.journal().iterator());
        nanos += System.nanoTime() - start;
      }
      start = System.nanoTime();
      w.close();
      nanos += System.nanoTime() - start;
    } else {
      long start = System.nanoTime();
      RawJsonLedger.Writer w = new RawJsonLedger.Writer(out, root, EXPORTED_AT, EXPORTED_BY);
      nanos += System.nanoTime() - start;
      while (units.hasNext()) {
        UnitBatch b = units.next();
        records += b.records() + b.journal().size();
        start = System.nanoTime();
        w.write(b.unit(), b.byKind(), b.journal().iterator());
        nanos += System.nanoTime() - start;
      }
      start = System.nanoTime();
      w.close();
      nanos += System.nanoTime() - start;
    }
    return new Measure(records, out.count, nanos);
  }

  /**
   * Reads the document through one path into the sink, timing the whole read.
   *
   * @return the time taken (records and bytes are the sink's and the caller's to count)
   */
  static Measure importFile(Path file, boolean adapter, RawJsonLedger.Sink sink) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      long start = System.nanoTime();
      if (adapter) {
        Outcome<LedgerCounts> read = LedgerReader.standard().read(in, new ToSink(sink));
        if (!read.isAccepted()) {
          throw new IllegalStateException("the adapter refused the document: " + read.whyRefused().orElseThrow());
        }
      } else {
        RawJsonLedger.read(in, sink);
      }
      return new Measure(0, 0, System.nanoTime() - start);
    }
  }

  /** Hands what the adapter's reader gives to a sink, record by record in document order. */
  private static final class ToSink implements LedgerHandler {
    private final RawJsonLedger.Sink sink;

    ToSink(RawJsonLedger.Sink sink) {
      this.sink = sink;
    }

    @Override
    public void header(LedgerHeader header) {
      sink.header(header.root(), header.exportedAt(), header.exportedBy());
    }

    @Override
    public void section(LedgerSection s, String pointer) {
      sink.record(s.unit());
      s.records().asMap().values().forEach(records -> records.forEach(sink::record));
    }

    @Override
    public void journalEntry(JournalEntry entry, String pointer) {
      sink.journalEntry(entry);
    }
  }

  /**
   * An order-sensitive digest of everything received: every record's and entry's {@code hashCode()} (deep over all
   * their fields) mixed in turn. Cheap enough to sit inside the timed import; comparable within one JVM only (enum
   * hash codes differ between runs), which is all the benchmark needs.
   */
  static final class Digest implements RawJsonLedger.Sink {
    long records;
    long entries;
    private long h = 0x9E3779B97F4A7C15L;

    @Override
    public void header(UnitId root, Instant exportedAt, String exportedBy) {
      mix(Objects.hash(root, exportedAt, exportedBy));
    }

    @Override
    public void record(Object record) {
      records++;
      mix(record.hashCode());
    }

    @Override
    public void journalEntry(JournalEntry entry) {
      entries++;
      mix(entry.hashCode());
    }

    private void mix(int hash) {
      long z = h + (hash & 0xFFFFFFFFL) + 0x9E3779B97F4A7C15L;
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      h = z ^ (z >>> 31);
    }

    String value() {
      return records + "+" + entries + ":" + HexFormat.of().toHexDigits(h);
    }
  }

  /**
   * Compares what a reader gives with the generator's records, unit by unit ({@code equals}, deep), and the header
   * with what was written. Not timed.
   */
  static final class GeneratorCheck implements RawJsonLedger.Sink {
    private final Iterator<UnitBatch> units;
    private final UnitId root;
    private final ArrayDeque<Object> expected = new ArrayDeque<>();
    private Iterator<JournalEntry> journal = java.util.Collections.emptyIterator();
    private boolean header;
    long records;
    long entries;

    GeneratorCheck(City city) {
      this.units = city.units().iterator();
      this.root = city.unit(0).unit().id();
    }

    @Override
    public void header(UnitId r, Instant exportedAt, String exportedBy) {
      check(r.equals(root) && exportedAt.equals(EXPORTED_AT) && exportedBy.equals(EXPORTED_BY), "header", r);
      header = true;
    }

    @Override
    public void record(Object record) {
      if (expected.isEmpty()) {
        check(!journal.hasNext(), "a record before the journal's end", record);
        check(units.hasNext(), "no more units generated", record);
        UnitBatch b = units.next();
        expected.add(b.unit());
        expected.addAll(b.posts());
        expected.addAll(b.officials());
        expected.addAll(b.tenures());
        expected.addAll(b.powerItems());
        expected.addAll(b.riskPoints());
        expected.addAll(b.measures());
        journal = b.journal().iterator();
      }
      Object want = expected.poll();
      check(record.equals(want), "record " + records + " differs from " + want, record);
      records++;
    }

    @Override
    public void journalEntry(JournalEntry entry) {
      check(expected.isEmpty() && journal.hasNext(), "an unexpected journal entry", entry);
      JournalEntry want = journal.next();
      check(entry.equals(want), "journal entry " + entries + " differs from " + want, entry);
      entries++;
    }

    void finish(String path) {
      check(header && expected.isEmpty() && !journal.hasNext() && !units.hasNext(), path + " stopped early",
          records + " records, " + entries + " entries");
    }

    private static void check(boolean ok, String what, Object got) {
      if (!ok) {
        throw new IllegalStateException("import check failed: " + what + "; got " + got);
      }
    }
  }

  /** Counts what passes through to the stream below. */
  static class Counting extends OutputStream {
    private final OutputStream out;
    long count;

    Counting(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }
  }

  /** Counts and takes the SHA-256 of what passes through. */
  static final class Sha extends Counting {
    private final MessageDigest sha;

    Sha(OutputStream out) {
      this(out, sha256());
    }

    private Sha(OutputStream out, MessageDigest sha) {
      super(new DigestOutputStream(out, sha));
      this.sha = sha;
    }

    private String hex;

    /** @return the SHA-256 of everything written, in hex; call once the writing is done */
    String hex() {
      if (hex == null) {
        hex = HexFormat.of().formatHex(sha.digest());
      }
      return hex;
    }

    private static MessageDigest sha256() {
      try {
        return MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
