package actorgraph.neo4jlocal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import inet.ipaddr.IPAddressString;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * Runs an in-process Neo4j (test harness, auth disabled) until the JVM is told to stop.
 *
 * Usage: Launcher WORK_DIR HOST BOLT_PORT HTTP_PORT PAGECACHE_MB
 */
public final class Launcher {
    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: Launcher WORK_DIR HOST BOLT_PORT HTTP_PORT PAGECACHE_MB");
            System.exit(2);
        }
        Path workDir = Path.of(args[0]);
        String host = args[1];
        int boltPort = Integer.parseInt(args[2]);
        int httpPort = Integer.parseInt(args[3]);
        long pageCacheBytes = Long.parseLong(args[4]) * 1024 * 1024;
        Files.createDirectories(workDir);
        // LOAD CSV may read only this empty folder, never file:// URLs, and fetch no address at all.
        Path importDir = Files.createDirectories(workDir.resolve("import"));

        Neo4j neo4j = Neo4jBuilders.newInProcessBuilder(workDir)
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, new SocketAddress(host, boltPort))
                .withConfig(BoltConnector.advertised_address, new SocketAddress(host, boltPort))
                .withConfig(HttpConnector.enabled, true)
                .withConfig(HttpConnector.listen_address, new SocketAddress(host, httpPort))
                .withConfig(HttpConnector.advertised_address, new SocketAddress(host, httpPort))
                .withConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
                // One query may hold at most 256 MiB: a huge list fails the query, not the server.
                .withConfig(GraphDatabaseSettings.memory_transaction_max_size, 256L * 1024 * 1024)
                .withConfig(GraphDatabaseSettings.allow_file_urls, false)
                .withConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir)
                .withConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist,
                        List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")))
                // Bolt's Netty event loops otherwise idle 5 s (twice) before stopping.
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .build();

        // SIGTERM / SIGINT run the shutdown hooks: close the database cleanly.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("neo4j-local: shutting down");
            neo4j.close();
            System.out.println("neo4j-local: stopped");
            System.out.flush();
        }, "neo4j-local-shutdown"));

        String version = neo4j.defaultDatabaseService()
                .executeTransactionally("CALL dbms.components() YIELD versions RETURN versions[0] AS v",
                        Map.of(), r -> r.next().get("v").toString());
        System.out.println("neo4j-local: READY version=" + version
                + " bolt=" + neo4j.boltURI() + " http=" + neo4j.httpURI());
        System.out.flush();
        Thread.currentThread().join(); // block until killed
    }
}
