/**
 * What the remaining docker/awesome-compose samples run (ELK, Minecraft, Pi-hole with
 * cloudflared, Plex, Portainer, pgAdmin, WireGuard). No public measurement states their start
 * time or idle memory under stated conditions, so each value is an estimate with its range;
 * the reasoning names what bounds it. Ports are the ones each image EXPOSEs or its docs name.
 */
import type { AppDef, Cited } from './types';
import { estimate, MB } from './cite';

function app(id: string, initName: string, init: Cited, memory: Cited, listensOn: number[], idleCpu: number, stop: AppDef['stop']): AppDef {
  return { id, init: { name: initName, kind: 'cpu', ms: init }, memoryBytes: memory, idleCpu, listensOn, stop };
}

const sigterm = (ms: number, range: [number, number], why: string): AppDef['stop'] => ({ signal: 'SIGTERM', ms: estimate(ms, range, why) });

export const AWESOME_APPS: Record<string, AppDef> = {
  elasticsearch: app('elasticsearch', 'eswrapper',
    estimate(20_000, [8_000, 60_000], 'A JVM starting Elasticsearch 7 loads its modules (about 40), forms a single-node cluster and creates its system indices: tens of seconds on a laptop.'),
    estimate(900 * MB, [600 * MB, 2_500 * MB], 'The JVM heap is fixed by -Xms/-Xmx (awesome-compose sets 512m; unset, 7.x sizes it to half the container\'s memory) plus 300-500 MB of metaspace, thread stacks and direct buffers.'),
    [9200, 9300], 0.02, sigterm(3_000, [1_000, 15_000], 'tini passes SIGTERM to Elasticsearch, which closes its shards and exits.')),
  logstash: app('logstash', 'logstash',
    estimate(30_000, [10_000, 90_000], 'Logstash starts a JVM running JRuby, loads its plugins and compiles the pipeline: half a minute is common.'),
    estimate(800 * MB, [500 * MB, 1_500 * MB], 'A 512 MB heap (LS_JAVA_OPTS in the sample; 1 GB by default in 7.x) plus JRuby\'s code and metaspace.'),
    [5044, 9600], 0.02, sigterm(3_000, [1_000, 20_000], 'Logstash drains its pipeline and exits on SIGTERM.')),
  kibana: app('kibana', 'kibana-docker',
    estimate(30_000, [10_000, 120_000], 'Kibana (Node.js) loads its plugins and waits for Elasticsearch, running its saved-object migrations on first start.'),
    estimate(400 * MB, [250 * MB, 1_200 * MB], 'The Node.js server with Kibana\'s plugins holds a few hundred MB resident when idle.'),
    [5601], 0.01, sigterm(1_000, [200, 5_000], 'tini passes SIGTERM to the Node.js server, which closes its listeners and exits.')),
  minecraft: app('minecraft', 'minecraft server',
    estimate(45_000, [15_000, 180_000], 'On first start the image downloads the server jar, then the server generates the spawn area of a new world: tens of seconds to a few minutes.'),
    estimate(1_200 * MB, [800 * MB, 1_600 * MB], 'itzg/minecraft-server gives the JVM MEMORY=1G by default; the JVM\'s own code and thread stacks add a few hundred MB.'),
    [25565], 0.05, sigterm(5_000, [1_000, 30_000], 'mc-server-runner turns SIGTERM into the server\'s stop command, which saves the world and exits.')),
  cloudflared: app('cloudflared', 'cloudflared proxy-dns',
    estimate(200, [50, 2_000], 'cloudflared is one Go binary; as a DNS-over-HTTPS proxy it binds its port at once.'),
    estimate(20 * MB, [10 * MB, 50 * MB], 'An idle Go process with an HTTP/2 client holds a few tens of MB resident.'),
    [5054], 0.001, sigterm(200, [50, 2_000], 'cloudflared handles SIGTERM and exits.')),
  pihole: app('pihole', 'start.sh',
    estimate(5_000, [2_000, 30_000], 'The entrypoint sets up the configuration and starts pihole-FTL, which loads its gravity database of blocklists.'),
    estimate(60 * MB, [30 * MB, 200 * MB], 'pihole-FTL (dnsmasq with its statistics) and the web server: tens of MB, growing with the blocklist size.'),
    [53, 67, 80, 443], 0.002, sigterm(1_000, [200, 10_000], 'The image\'s init passes SIGTERM to pihole-FTL, which saves its statistics and exits.')),
  plex: app('plex', 'Plex Media Server',
    estimate(10_000, [3_000, 60_000], 's6-overlay runs the linuxserver init scripts, then Plex Media Server opens its library database and starts its plug-in service.'),
    estimate(200 * MB, [100 * MB, 600 * MB], 'Plex Media Server with an empty library and its plug-in host; transcoding adds much more while it runs.'),
    [32400], 0.01, sigterm(2_000, [500, 10_000], 's6-overlay stops Plex Media Server, which closes its database.')),
  portainer: app('portainer', 'portainer',
    estimate(1_000, [300, 5_000], 'Portainer is one Go binary that opens its BoltDB database and connects to the Docker socket it is given.'),
    estimate(30 * MB, [15 * MB, 100 * MB], 'An idle Go server with an embedded database holds a few tens of MB resident.'),
    [9000, 9443, 8000], 0.002, sigterm(500, [100, 5_000], 'Portainer handles SIGTERM, closes its database and exits.')),
  pgadmin: app('pgadmin', 'gunicorn pgadmin4',
    estimate(15_000, [5_000, 60_000], 'On first start the entrypoint creates pgAdmin\'s configuration database and user (a Flask app), then gunicorn starts serving.'),
    estimate(150 * MB, [80 * MB, 400 * MB], 'gunicorn with the pgAdmin Flask application loaded: a Python process of one to two hundred MB.'),
    [80, 443], 0.002, sigterm(1_000, [200, 10_000], 'gunicorn handles SIGTERM: it stops its worker and exits.')),
  wireguard: app('wireguard', 'wg-quick up',
    estimate(3_000, [1_000, 20_000], 's6-overlay runs the linuxserver init scripts, which generate the peer keys and configurations, then wg-quick brings the interface up.'),
    estimate(15 * MB, [5 * MB, 40 * MB], 'The tunnel lives in the kernel; user space holds s6 and CoreDNS for the peers.'),
    [51820], 0.001, sigterm(1_000, [200, 5_000], 's6-overlay runs wg-quick down and exits.')),
};
