/**
 * Docker Hub's official images (the `library/` namespace): the file names under library/ in
 * https://github.com/docker-library/official-images (HEAD of 2026-08-21), plus centos, which
 * left that list but can still be pulled. A single name outside this list, such as
 * `docker run nosuchimage`, is what Docker Hub answers with "pull access denied".
 */
export const OFFICIAL_IMAGES: ReadonlySet<string> = new Set([
  'adminer', 'aerospike', 'almalinux', 'alpine', 'alt', 'amazoncorretto', 'amazonlinux',
  'api-firewall', 'arangodb', 'archlinux', 'azul-zulu', 'backdrop', 'bash', 'bonita',
  'buildpack-deps', 'busybox', 'caddy', 'cassandra', 'centos', 'chronograf', 'cirros', 'clearlinux',
  'clefos', 'clickhouse', 'clojure', 'composer', 'convertigo', 'couchbase', 'couchdb', 'crate',
  'dart', 'debian', 'docker', 'drupal', 'eclipse-mosquitto', 'eclipse-temurin', 'eggdrop',
  'elasticsearch', 'elixir', 'emqx', 'erlang', 'espocrm', 'fedora', 'flink', 'fluentd', 'friendica',
  'gazebo', 'gcc', 'geonetwork', 'ghost', 'golang', 'gradle', 'groovy', 'haproxy', 'haskell', 'haxe',
  'hello-world', 'hitch', 'httpd', 'hylang', 'ibm-semeru-runtimes', 'ibmjava', 'influxdb', 'irssi',
  'jetty', 'joomla', 'jruby', 'julia', 'kapacitor', 'kibana', 'kong', 'krakend', 'lightstreamer',
  'liquibase', 'logstash', 'mageia', 'mariadb', 'matomo', 'maven', 'mediawiki', 'memcached', 'mongo',
  'mongo-express', 'monica', 'mysql', 'nats', 'neo4j', 'neurodebian', 'nextcloud', 'nginx', 'nim',
  'node', 'notary', 'odoo', 'open-liberty', 'openjdk', 'oraclelinux', 'orientdb', 'percona', 'perl',
  'photon', 'php', 'php-zendserver', 'phpmyadmin', 'plone', 'postfixadmin', 'postgres', 'pypy',
  'python', 'r-base', 'rabbitmq', 'rakudo-star', 'redis', 'redmine', 'registry', 'rethinkdb',
  'rocket.chat', 'rockylinux', 'ros', 'ruby', 'rust', 'sapmachine', 'satosa', 'silverpeas', 'solr',
  'sonarqube', 'spark', 'spiped', 'storm', 'swift', 'swipl', 'teamspeak', 'telegraf', 'tomcat',
  'tomee', 'traefik', 'ubuntu', 'unit', 'varnish', 'websphere-liberty', 'wordpress', 'xwiki',
  'yourls', 'znc', 'zookeeper',
]);
