import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Date;

/**
 * Reads feeds with ROME (Debian's librome-java): one URL per line on stdin,
 * answered by one JSON line per entry and then an empty line; a feed it cannot
 * read is answered by one line {"error": "..."}. One JVM reads every feed of a run.
 *
 * Each entry line: {"id", "title", "link", "published", "html"}, published in
 * seconds since the epoch (the published date, else the updated one) and html
 * the content, else the summary. Run by clients.ts with the source launcher:
 *
 *   java -cp /usr/share/java/rome.jar:/usr/share/java/jdom2.jar:/usr/share/java/slf4j-api.jar ReadFeed.java
 */
public class ReadFeed {
  public static void main(String[] args) throws Exception {
    var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    var out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    for (String url; (url = in.readLine()) != null; ) {
      try {
        // XmlReader(URL) fetches as any Java program does by default: Java's own Accept
        // (text/html, image/gif, image/jpeg, */*; q=0.2) must get the feed, not a page.
        SyndFeed feed = new SyndFeedInput().build(new XmlReader(new URL(url)));
        for (SyndEntry entry : feed.getEntries()) out.println(json(entry));
      } catch (Exception error) {
        out.println("{\"error\":" + string(error.toString()) + "}");
      }
      out.println();
      out.flush();
    }
  }

  static String json(SyndEntry entry) {
    Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    SyndContent html = entry.getContents().isEmpty() ? entry.getDescription() : entry.getContents().get(0);
    return "{\"id\":" + string(entry.getUri())
        + ",\"title\":" + string(entry.getTitle())
        + ",\"link\":" + string(entry.getLink())
        + ",\"published\":" + (date == null ? "null" : String.valueOf(date.getTime() / 1000))
        + ",\"html\":" + string(html == null ? null : html.getValue()) + "}";
  }

  /** A JSON string: quotes, backslashes and control characters escaped, the rest as is. */
  static String string(String text) {
    if (text == null) return "null";
    var json = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') json.append('\\').append(c);
      else if (c < 0x20) json.append(String.format("\\u%04x", (int) c));
      else json.append(c);
    }
    return json.append('"').toString();
  }
}
