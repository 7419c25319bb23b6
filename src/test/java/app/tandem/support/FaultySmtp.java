package app.tandem.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mail server that fails on purpose: it refuses chosen recipients (with a permanent 550 or a temporary 451), can
 * be taken down and brought back on the same port, and can keep the client waiting after it has accepted a mail
 * (so the client times out although the mail arrived — the case where a resend is a duplicate). It records every
 * accepted mail with its recipients and Message-ID.
 */
public final class FaultySmtp implements AutoCloseable {

  /** A mail the server accepted. */
  public record Received(String from, List<String> recipients, String messageId, String subject, String data) {
  }

  private static final Pattern ADDRESS = Pattern.compile("<([^>]*)>");
  private static final Pattern HEADER_MESSAGE_ID = Pattern.compile("(?im)^Message-ID:\\s*(<[^>]+>)");
  private static final Pattern HEADER_SUBJECT = Pattern.compile("(?im)^Subject:\\s*(.*)$");

  private volatile int port;
  private final Map<String, String> refusals = new ConcurrentHashMap<>();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final List<Socket> connections = new CopyOnWriteArrayList<>();
  private final ExecutorService workers = Executors.newCachedThreadPool(task -> {
    var thread = new Thread(task, "faulty-smtp");
    thread.setDaemon(true);
    return thread;
  });
  private volatile Duration stallAfterData = Duration.ZERO;
  private volatile ServerSocket server;

  public FaultySmtp(int port) {
    this.port = port;
    up();
  }

  /** A server on a free port. */
  public static FaultySmtp onFreePort() {
    return new FaultySmtp(0);
  }

  public int port() {
    return port;
  }

  /** The recipient is refused with this reply from now on, e.g. {@code 550 5.1.1 No such user}. */
  public void refuse(String address, String reply) {
    refusals.put(address.toLowerCase(), reply);
  }

  public void accept(String address) {
    refusals.remove(address.toLowerCase());
  }

  /** After the end of a mail's data the server waits this long before its 250 (zero: answers at once). */
  public void stallAfterData(Duration stall) {
    this.stallAfterData = stall;
  }

  public List<Received> received() {
    return List.copyOf(received);
  }

  public List<Received> to(String address) {
    return received.stream().filter(mail -> mail.recipients().contains(address.toLowerCase())).toList();
  }

  public void clear() {
    received.clear();
  }

  /** Stops listening and drops every open connection: clients cannot connect until {@link #up()}. */
  public synchronized void down() {
    if (server == null) {
      return;
    }
    try {
      server.close();
    } catch (IOException ignored) {
      // closing anyway
    }
    server = null;
    for (Socket connection : connections) {
      try {
        connection.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
  }

  public synchronized void up() {
    if (server != null) {
      return;
    }
    try {
      var socket = new ServerSocket();
      socket.setReuseAddress(true);
      socket.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      port = socket.getLocalPort();
      server = socket;
      workers.execute(() -> acceptLoop(socket));
    } catch (IOException e) {
      throw new IllegalStateException("Cannot listen on port " + port, e);
    }
  }

  private void acceptLoop(ServerSocket socket) {
    while (!socket.isClosed()) {
      try {
        Socket connection = socket.accept();
        connections.add(connection);
        workers.execute(() -> converse(connection));
      } catch (SocketException closed) {
        return;
      } catch (IOException e) {
        return;
      }
    }
  }

  private void converse(Socket connection) {
    try (connection;
        var in = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = connection.getOutputStream()) {
      reply(out, "220 faulty-smtp ready");
      String from = null;
      List<String> recipients = new ArrayList<>();
      String line;
      while ((line = in.readLine()) != null) {
        String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
        switch (command) {
          case "EHLO", "HELO" -> reply(out, "250 faulty-smtp");
          case "MAIL" -> {
            from = address(line);
            recipients = new ArrayList<>();
            reply(out, "250 2.1.0 Ok");
          }
          case "RCPT" -> {
            String to = address(line).toLowerCase();
            String refusal = refusals.get(to);
            if (refusal != null) {
              reply(out, refusal);
            } else {
              recipients.add(to);
              reply(out, "250 2.1.5 Ok");
            }
          }
          case "DATA" -> {
            if (recipients.isEmpty()) {
              reply(out, "554 5.5.1 No valid recipients");
              continue;
            }
            reply(out, "354 End data with <CR><LF>.<CR><LF>");
            var data = new StringBuilder();
            String dataLine;
            while ((dataLine = in.readLine()) != null && !dataLine.equals(".")) {
              data.append(dataLine.startsWith("..") ? dataLine.substring(1) : dataLine).append("\r\n");
            }
            received.add(new Received(from, List.copyOf(recipients), header(HEADER_MESSAGE_ID, data),
                decoded(header(HEADER_SUBJECT, data)), data.toString()));
            Duration stall = stallAfterData;
            if (!stall.isZero()) {
              Thread.sleep(stall.toMillis()); // the mail is accepted; the client gives up before hearing so
            }
            reply(out, "250 2.0.0 Ok: queued");
          }
          case "RSET" -> {
            recipients = new ArrayList<>();
            reply(out, "250 2.0.0 Ok");
          }
          case "NOOP" -> reply(out, "250 2.0.0 Ok");
          case "QUIT" -> {
            reply(out, "221 2.0.0 Bye");
            return;
          }
          default -> reply(out, "502 5.5.2 Command not recognised");
        }
      }
    } catch (IOException | InterruptedException e) {
      // the client or the test went away
    } finally {
      connections.remove(connection);
    }
  }

  private static String header(Pattern pattern, CharSequence data) {
    Matcher matcher = pattern.matcher(data);
    return matcher.find() ? matcher.group(1).strip() : null;
  }

  private static String decoded(String text) {
    try {
      return text == null ? null : jakarta.mail.internet.MimeUtility.decodeText(text);
    } catch (java.io.UnsupportedEncodingException e) {
      return text;
    }
  }

  private static String address(String line) {
    Matcher matcher = ADDRESS.matcher(line);
    return matcher.find() ? matcher.group(1) : line.substring(line.indexOf(':') + 1).strip();
  }

  private static void reply(OutputStream out, String text) throws IOException {
    out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  @Override
  public void close() {
    down();
    workers.shutdownNow();
  }
}
