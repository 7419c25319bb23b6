package app.tandem.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Nodes started at the same moment, on an empty database and on an existing one, all come up — every round — and
 * leave one deployment, one set of filters and one demo company behind.
 */
class ClusterStartFault {

  static final int ROUNDS = Integer.getInteger("fault.rounds", 5);

  @Test
  @Timeout(value = 30, unit = TimeUnit.MINUTES)
  void twoNodesStartedTogetherOnAnEmptyDatabaseThenRestartedTogetherAllComeUp() {
    startRounds(2);
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.MINUTES)
  void threeNodesStartedTogetherOnAnEmptyDatabaseThenRestartedTogetherAllComeUp() {
    startRounds(3);
  }

  private void startRounds(int nodes) {
    for (int round = 1; round <= ROUNDS; round++) {
      try (var cluster = new FaultCluster("start" + nodes + "_" + round)) {
        // on an empty database: the schema, the deployment, the identities and (demo) the seeded company once
        cluster.startTogether(nodes, Map.of("tandem.demo.data", "true"));
        var sql = cluster.sql();
        assertThat(sql.queryForObject("select count(*) from act_re_deployment", Integer.class)).isEqualTo(1);
        int files = sql.queryForObject("select count(*) from act_ge_bytearray where deployment_id_ is not null", Integer.class);
        assertThat(sql.queryForObject("select count(*) from model_resource", Integer.class)).as("files recorded once")
            .isEqualTo(files);
        assertThat(sql.queryForObject("select count(*) from counterparty", Integer.class)).as("seeded once")
            .isEqualTo(12);
        int filters = sql.queryForObject("select count(*) from act_ru_filter", Integer.class);
        var revisions = sql.queryForObject("select sum(rev_) from act_ru_filter", Integer.class);
        cluster.stopAll();

        // restarted together on the existing database: nothing written again
        cluster.startTogether(nodes, Map.of("tandem.demo.data", "true"));
        assertThat(sql.queryForObject("select count(*) from act_re_deployment", Integer.class)).isEqualTo(1);
        assertThat(sql.queryForObject("select count(*) from model_resource", Integer.class)).isEqualTo(files);
        assertThat(sql.queryForObject("select count(*) from act_ru_filter", Integer.class)).isEqualTo(filters);
        assertThat(sql.queryForObject("select sum(rev_) from act_ru_filter", Integer.class)).isEqualTo(revisions);
        assertThat(sql.queryForObject("select count(*) from counterparty", Integer.class)).isEqualTo(12);
      }
    }
  }
}
