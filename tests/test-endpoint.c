/* test-endpoint.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-endpoint"

#include "config.h"

#include <string.h>
#include <sys/stat.h>

#include <gio/gunixsocketaddress.h>
#include <glib/gstdio.h>

#include "lading-api-enums.h"
#include "lading-endpoint.h"
#include "lading-engine-error.h"

/* sha256 ("demo"): where the CLI stores the fixture's "demo" context. */
#define DEMO_HASH "2a97516c354b68848cdbd8f54a226a0a55b21ed138e207ad6c5cbb9c00aa5aea"

/* Only ever builds environments from scratch, so the real HOME is never read. */
static char **
env_new (const char *first_name,
         ...)
{
  char **envp = g_new0 (char *, 1);
  va_list args;

  va_start (args, first_name);
  for (const char *name = first_name; name != NULL; name = va_arg (args, const char *))
    envp = g_environ_setenv (envp, name, va_arg (args, const char *), TRUE);
  va_end (args);

  return envp;
}

static char *
dup_fixture_config_dir (void)
{
  return g_test_build_filename (G_TEST_DIST, "data", "docker-config", NULL);
}

static char *
dup_fixture_tls_file (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "docker-config", "contexts", "tls",
                                DEMO_HASH, "docker", name, NULL);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if ((dir = g_dir_open (path, 0, NULL)))
    {
      while ((name = g_dir_read_name (dir)))
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
    }

  g_assert_cmpint (g_remove (path), ==, 0);
}

static char *
make_tmp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *path = g_dir_make_tmp ("lading-endpoint-XXXXXX", &error);

  g_assert_no_error (error);
  return path;
}

static void
write_file (const char *dir,
            const char *relative_path,
            const char *contents)
{
  g_autofree char *path = g_build_filename (dir, relative_path, NULL);
  g_autofree char *parent = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (parent, 0700), ==, 0);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

/* A real socket file, as a running engine leaves one. */
static void
make_socket (const char *dir,
             const char *relative_path)
{
  g_autofree char *path = g_build_filename (dir, relative_path, NULL);
  g_autofree char *parent = g_path_get_dirname (path);
  g_autoptr(GSocketAddress) address = g_unix_socket_address_new (path);
  g_autoptr(GSocket) socket = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_cmpint (g_mkdir_with_parents (parent, 0700), ==, 0);
  socket = g_socket_new (G_SOCKET_FAMILY_UNIX, G_SOCKET_TYPE_STREAM,
                         G_SOCKET_PROTOCOL_DEFAULT, &error);
  g_assert_no_error (error);
  g_socket_bind (socket, address, TRUE, &error);
  g_assert_no_error (error);

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_true (S_ISSOCK (st.st_mode));
}

static LadingEndpoint *
new_endpoint (const char *uri)
{
  g_autoptr(GError) error = NULL;
  LadingEndpoint *endpoint = lading_endpoint_new_for_uri (uri, &error);

  g_assert_no_error (error);
  g_assert_true (LADING_IS_ENDPOINT (endpoint));
  return endpoint;
}

static void
resolved_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* Resolves as the application does, off the main thread, and waits on the
 * main loop for the answer. */
static GPtrArray *
resolve (const char  *explicit_uri,
         char       **envp,
         GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  lading_endpoint_resolve_async (explicit_uri, (const char * const *)envp, NULL,
                                 resolved_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return lading_endpoint_resolve_finish (result, error);
}

static LadingEndpoint *
resolve_one (const char *explicit_uri,
             char      **envp)
{
  g_autoptr(GPtrArray) endpoints = NULL;
  g_autoptr(GError) error = NULL;

  endpoints = resolve (explicit_uri, envp, &error);
  g_assert_no_error (error);
  g_assert_nonnull (endpoints);
  g_assert_cmpuint (endpoints->len, ==, 1);

  return g_object_ref (g_ptr_array_index (endpoints, 0));
}

static void
assert_resolve_fails (const char *explicit_uri,
                      char      **envp,
                      const char *needle)
{
  g_autoptr(GPtrArray) endpoints = NULL;
  g_autoptr(GError) error = NULL;

  endpoints = resolve (explicit_uri, envp, &error);
  g_assert_null (endpoints);
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_INVALID_ENDPOINT);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, needle));
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 gpointer    user_data)
{
  guint *count = user_data;

  (*count)++;
}

static void
test_endpoint_parse_unix (void)
{
  g_autoptr(LadingEndpoint) endpoint = new_endpoint ("unix:///var/run/docker.sock");

  g_assert_cmpstr (lading_endpoint_get_uri (endpoint), ==, "unix:///var/run/docker.sock");
  g_assert_cmpint (lading_endpoint_get_kind (endpoint), ==, LADING_ENDPOINT_KIND_UNIX);
  g_assert_cmpstr (lading_endpoint_get_socket_path (endpoint), ==, "/var/run/docker.sock");
  g_assert_null (lading_endpoint_get_host (endpoint));
  g_assert_cmpuint (lading_endpoint_get_port (endpoint), ==, 0);
  g_assert_cmpint (lading_endpoint_get_origin (endpoint), ==, LADING_ENDPOINT_ORIGIN_EXPLICIT);
  g_assert_false (lading_endpoint_get_tls (endpoint));
  g_assert_true (lading_endpoint_get_tls_verify (endpoint));
}

static void
test_endpoint_parse_tcp (void)
{
  g_autoptr(LadingEndpoint) explicit_port = new_endpoint ("tcp://10.0.0.5:2376");
  g_autoptr(LadingEndpoint) default_port = new_endpoint ("tcp://docker.example/");
  g_autoptr(LadingEndpoint) ipv6 = new_endpoint ("tcp://[::1]:12375");
  g_autoptr(LadingEndpoint) ipv6_default = new_endpoint ("tcp://[fe80::1]");

  g_assert_cmpint (lading_endpoint_get_kind (explicit_port), ==, LADING_ENDPOINT_KIND_TCP);
  g_assert_cmpstr (lading_endpoint_get_host (explicit_port), ==, "10.0.0.5");
  g_assert_cmpuint (lading_endpoint_get_port (explicit_port), ==, 2376);
  g_assert_null (lading_endpoint_get_socket_path (explicit_port));

  g_assert_cmpstr (lading_endpoint_get_host (default_port), ==, "docker.example");
  g_assert_cmpuint (lading_endpoint_get_port (default_port), ==, 2375);

  g_assert_cmpstr (lading_endpoint_get_host (ipv6), ==, "::1");
  g_assert_cmpuint (lading_endpoint_get_port (ipv6), ==, 12375);
  g_assert_cmpstr (lading_endpoint_get_host (ipv6_default), ==, "fe80::1");
  g_assert_cmpuint (lading_endpoint_get_port (ipv6_default), ==, 2375);
}

static void
assert_invalid (const char *uri,
                const char *needle)
{
  g_autoptr(LadingEndpoint) endpoint = NULL;
  g_autoptr(GError) error = NULL;

  endpoint = lading_endpoint_new_for_uri (uri, &error);
  g_assert_null (endpoint);
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_INVALID_ENDPOINT);
  g_test_message ("%s", error->message);
  if (strstr (error->message, needle) == NULL)
    g_error ("“%s”: message “%s” lacks “%s”", uri, error->message, needle);
}

static void
test_endpoint_parse_invalid (void)
{
  static const struct {
    const char *uri;
    const char *needle;
  } cases[] = {
    { "", "empty" },
    { "unix://", "names no socket" },
    { "unix://relative/docker.sock", "“relative/docker.sock”" },
    { "tcp://", "names no host" },
    { "tcp://:2375", "names no host" },
    { "tcp://host:abc", "“tcp://host:abc” is not a valid tcp:// endpoint" },
    { "tcp://host:99999", "“tcp://host:99999”" },
    { "tcp://host:0", "port 0" },
    { "tcp://::1", "“tcp://::1”" },
    { "tcp://host:2375/v1.41", "“tcp://host:2375/v1.41” has a user, path or query" },
    { "tcp://user@host:2375", "“tcp://user@host:2375”" },
    { "tcp://host:2375?tls=1", "“tcp://host:2375?tls=1”" },
    { "ftp://x", "“ftp://x” is not a Docker endpoint: use unix:///path or tcp://host:port" },
    { "ssh://user@host", "“ssh://user@host”: ssh:// endpoints are not supported" },
    { "/var/run/docker.sock", "“/var/run/docker.sock” is not a Docker endpoint" },
    { "localhost:2375", "“localhost:2375” is not a Docker endpoint" },
    { "npipe:////./pipe/docker_engine", "“npipe:////./pipe/docker_engine”" },
  };
  g_autoptr(GString) long_uri = g_string_new ("unix:///");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_invalid (cases[i].uri, cases[i].needle);

  /* sun_path holds 108 bytes on Linux. */
  for (guint i = 0; i < 40; i++)
    g_string_append (long_uri, "dir/");
  g_string_append (long_uri, "docker.sock");
  assert_invalid (long_uri->str, "longer than a UNIX socket address allows");
}

static void
test_endpoint_port_follows_tls (void)
{
  g_autoptr(LadingEndpoint) default_port = new_endpoint ("tcp://docker.example");
  g_autoptr(LadingEndpoint) explicit_port = new_endpoint ("tcp://docker.example:9000");
  guint default_port_notifies = 0;
  guint explicit_port_notifies = 0;

  g_signal_connect (default_port, "notify::port",
                    G_CALLBACK (count_notify_cb), &default_port_notifies);
  g_signal_connect (explicit_port, "notify::port",
                    G_CALLBACK (count_notify_cb), &explicit_port_notifies);

  lading_endpoint_set_tls (default_port, TRUE);
  lading_endpoint_set_tls (explicit_port, TRUE);
  g_assert_cmpuint (lading_endpoint_get_port (default_port), ==, 2376);
  g_assert_cmpuint (lading_endpoint_get_port (explicit_port), ==, 9000);
  g_assert_cmpuint (default_port_notifies, ==, 1);
  g_assert_cmpuint (explicit_port_notifies, ==, 0);

  lading_endpoint_set_tls (default_port, FALSE);
  g_assert_cmpuint (lading_endpoint_get_port (default_port), ==, 2375);
  g_assert_cmpuint (default_port_notifies, ==, 2);
}

static void
test_endpoint_properties (void)
{
  g_autoptr(LadingEndpoint) endpoint = new_endpoint ("tcp://docker.example");
  g_autofree char *uri = NULL;
  g_autofree char *host = NULL;
  g_autofree char *context_name = NULL;
  g_autofree char *ca_file = NULL;
  LadingEndpointKind kind;
  LadingEndpointOrigin origin;
  gboolean tls_verify;
  guint notifies = 0;
  guint port;

  g_signal_connect (endpoint, "notify", G_CALLBACK (count_notify_cb), &notifies);

  g_object_set (endpoint,
                "origin", LADING_ENDPOINT_ORIGIN_DOCKER_CONTEXT,
                "context-name", "demo",
                "tls-verify", FALSE,
                "tls-ca-file", "/ca.pem",
                "tls-cert-file", "/cert.pem",
                "tls-key-file", "/key.pem",
                NULL);
  g_assert_cmpuint (notifies, ==, 6);

  /* Setters notify only on change. */
  g_object_set (endpoint,
                "origin", LADING_ENDPOINT_ORIGIN_DOCKER_CONTEXT,
                "context-name", "demo",
                "tls", FALSE,
                "tls-ca-file", "/ca.pem",
                NULL);
  g_assert_cmpuint (notifies, ==, 6);

  g_object_get (endpoint,
                "uri", &uri,
                "kind", &kind,
                "host", &host,
                "port", &port,
                "origin", &origin,
                "context-name", &context_name,
                "tls-verify", &tls_verify,
                "tls-ca-file", &ca_file,
                NULL);
  g_assert_cmpstr (uri, ==, "tcp://docker.example");
  g_assert_cmpint (kind, ==, LADING_ENDPOINT_KIND_TCP);
  g_assert_cmpstr (host, ==, "docker.example");
  g_assert_cmpuint (port, ==, 2375);
  g_assert_cmpint (origin, ==, LADING_ENDPOINT_ORIGIN_DOCKER_CONTEXT);
  g_assert_cmpstr (context_name, ==, "demo");
  g_assert_false (tls_verify);
  g_assert_cmpstr (ca_file, ==, "/ca.pem");
  g_assert_cmpstr (lading_endpoint_get_tls_cert_file (endpoint), ==, "/cert.pem");
  g_assert_cmpstr (lading_endpoint_get_tls_key_file (endpoint), ==, "/key.pem");

  lading_endpoint_set_context_name (endpoint, NULL);
  g_assert_null (lading_endpoint_get_context_name (endpoint));
  g_assert_cmpuint (notifies, ==, 7);

  g_assert_cmpstr (g_enum_get_value (g_type_class_peek (LADING_TYPE_ENDPOINT_ORIGIN),
                                     LADING_ENDPOINT_ORIGIN_DOCKER_HOST)->value_nick,
                   ==, "docker-host");
}

static void
assert_base_uri (LadingEndpoint *endpoint,
                 const char     *expected)
{
  g_autofree char *base_uri = lading_endpoint_dup_base_uri (endpoint);

  g_assert_cmpstr (base_uri, ==, expected);
}

static void
test_endpoint_base_uri (void)
{
  g_autoptr(LadingEndpoint) unix_socket = new_endpoint ("unix:///run/user/1000/docker.sock");
  g_autoptr(LadingEndpoint) tcp = new_endpoint ("tcp://docker.example");
  g_autoptr(LadingEndpoint) tcp_port = new_endpoint ("tcp://docker.example:9000");
  g_autoptr(LadingEndpoint) ipv6 = new_endpoint ("tcp://[::1]:2375");

  assert_base_uri (unix_socket, "http://localhost");
  lading_endpoint_set_tls (unix_socket, TRUE);
  assert_base_uri (unix_socket, "http://localhost");

  assert_base_uri (tcp, "http://docker.example:2375");
  lading_endpoint_set_tls (tcp, TRUE);
  assert_base_uri (tcp, "https://docker.example:2376");

  lading_endpoint_set_tls (tcp_port, TRUE);
  assert_base_uri (tcp_port, "https://docker.example:9000");

  assert_base_uri (ipv6, "http://[::1]:2375");
}

static void
test_endpoint_connectable (void)
{
  g_autoptr(LadingEndpoint) unix_socket = new_endpoint ("unix:///run/podman/podman.sock");
  g_autoptr(LadingEndpoint) tcp = new_endpoint ("tcp://[::1]");
  g_autoptr(GSocketConnectable) unix_connectable = NULL;
  g_autoptr(GSocketConnectable) tcp_connectable = NULL;

  unix_connectable = lading_endpoint_dup_connectable (unix_socket);
  g_assert_true (G_IS_UNIX_SOCKET_ADDRESS (unix_connectable));
  g_assert_cmpstr (g_unix_socket_address_get_path (G_UNIX_SOCKET_ADDRESS (unix_connectable)),
                   ==, "/run/podman/podman.sock");

  lading_endpoint_set_tls (tcp, TRUE);
  tcp_connectable = lading_endpoint_dup_connectable (tcp);
  g_assert_true (G_IS_NETWORK_ADDRESS (tcp_connectable));
  g_assert_cmpstr (g_network_address_get_hostname (G_NETWORK_ADDRESS (tcp_connectable)),
                   ==, "::1");
  g_assert_cmpuint (g_network_address_get_port (G_NETWORK_ADDRESS (tcp_connectable)),
                    ==, 2376);
}

static void
assert_tls_invalid (LadingEndpoint *endpoint,
                    const char     *needle)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (lading_endpoint_validate_tls (endpoint, &error));
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_INVALID_ENDPOINT);
  g_test_message ("%s", error->message);
  if (strstr (error->message, needle) == NULL)
    g_error ("message “%s” lacks “%s”", error->message, needle);
}

static void
test_endpoint_validate_tls (void)
{
  g_autoptr(LadingEndpoint) endpoint = new_endpoint ("tcp://docker.example");
  g_autoptr(LadingEndpoint) unix_socket = new_endpoint ("unix:///var/run/docker.sock");
  g_autofree char *ca_file = dup_fixture_tls_file ("ca.pem");
  g_autofree char *cert_file = dup_fixture_tls_file ("cert.pem");
  g_autofree char *key_file = dup_fixture_tls_file ("key.pem");
  g_autofree char *missing = dup_fixture_tls_file ("missing.pem");
  g_autofree char *not_pem = g_test_build_filename (G_TEST_DIST, "data", "docker-config",
                                                    "config.json", NULL);
  g_autoptr(GError) error = NULL;

  /* Without TLS the files are unused, so nothing is checked. */
  lading_endpoint_set_tls_ca_file (endpoint, missing);
  g_assert_true (lading_endpoint_validate_tls (endpoint, &error));
  g_assert_no_error (error);

  lading_endpoint_set_tls (endpoint, TRUE);
  assert_tls_invalid (endpoint, missing);
  lading_endpoint_set_tls_ca_file (endpoint, not_pem);
  assert_tls_invalid (endpoint, not_pem);

  lading_endpoint_set_tls_ca_file (endpoint, ca_file);
  lading_endpoint_set_tls_cert_file (endpoint, cert_file);
  assert_tls_invalid (endpoint, "needs both a certificate and a key file");
  lading_endpoint_set_tls_key_file (endpoint, missing);
  assert_tls_invalid (endpoint, missing);
  lading_endpoint_set_tls_key_file (endpoint, ca_file);
  assert_tls_invalid (endpoint, "Cannot load the TLS client certificate");

  lading_endpoint_set_tls_key_file (endpoint, key_file);
  g_assert_true (lading_endpoint_validate_tls (endpoint, &error));
  g_assert_no_error (error);

  /* The system CAs are used when no CA file is named. */
  lading_endpoint_set_tls_ca_file (endpoint, NULL);
  g_assert_true (lading_endpoint_validate_tls (endpoint, &error));
  g_assert_no_error (error);

  lading_endpoint_set_tls (unix_socket, TRUE);
  lading_endpoint_set_tls_ca_file (unix_socket, missing);
  g_assert_true (lading_endpoint_validate_tls (unix_socket, &error));
  g_assert_no_error (error);
}

static void
assert_chosen (LadingEndpoint       *endpoint,
               LadingEndpointOrigin  origin,
               const char           *uri,
               const char           *context_name)
{
  g_assert_cmpint (lading_endpoint_get_origin (endpoint), ==, origin);
  g_assert_cmpstr (lading_endpoint_get_uri (endpoint), ==, uri);
  g_assert_cmpstr (lading_endpoint_get_context_name (endpoint), ==, context_name);
}

static void
test_endpoint_resolve_precedence (void)
{
  g_autofree char *config_dir = dup_fixture_config_dir ();
  g_autofree char *empty_dir = make_tmp_dir ();
  g_auto(GStrv) envp = env_new ("HOME", empty_dir,
                                "DOCKER_CONFIG", config_dir,
                                "DOCKER_HOST", "tcp://from-env.example:2375",
                                "DOCKER_CONTEXT", "local",
                                NULL);
  g_autoptr(LadingEndpoint) endpoint = NULL;
  g_autoptr(GPtrArray) endpoints = NULL;
  g_autoptr(GError) error = NULL;

  endpoint = resolve_one ("unix:///srv/chosen.sock", envp);
  assert_chosen (endpoint, LADING_ENDPOINT_ORIGIN_EXPLICIT, "unix:///srv/chosen.sock", NULL);
  g_clear_object (&endpoint);

  /* An empty explicit choice is no choice, as an unset setting would be. */
  endpoint = resolve_one ("", envp);
  assert_chosen (endpoint, LADING_ENDPOINT_ORIGIN_DOCKER_HOST,
                 "tcp://from-env.example:2375", NULL);
  g_clear_object (&endpoint);

  envp = g_environ_unsetenv (envp, "DOCKER_HOST");
  endpoint = resolve_one (NULL, envp);
  assert_chosen (endpoint, LADING_ENDPOINT_ORIGIN_DOCKER_CONTEXT,
                 "unix:///run/lading-test/docker.sock", "local");
  g_assert_cmpstr (lading_endpoint_get_socket_path (endpoint), ==, "/run/lading-test/docker.sock");
  g_clear_object (&endpoint);

  envp = g_environ_unsetenv (envp, "DOCKER_CONTEXT");
  endpoint = resolve_one (NULL, envp);
  assert_chosen (endpoint, LADING_ENDPOINT_ORIGIN_CONFIG_CONTEXT, "tcp://10.0.0.5:2376", "demo");
  g_clear_object (&endpoint);

  /* $HOME/.docker does not exist: no config, so the default socket comes first. */
  envp = g_environ_unsetenv (envp, "DOCKER_CONFIG");
  endpoints = resolve (NULL, envp, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (endpoints->len, >=, 1);
  assert_chosen (g_ptr_array_index (endpoints, 0), LADING_ENDPOINT_ORIGIN_DEFAULT,
                 "unix:///var/run/docker.sock", NULL);

  remove_tree (empty_dir);
}

static void
test_endpoint_resolve_docker_host_empty (void)
{
  g_autofree char *config_dir = dup_fixture_config_dir ();
  g_auto(GStrv) envp = env_new ("DOCKER_CONFIG", config_dir,
                                "DOCKER_HOST", "",
                                "DOCKER_CONTEXT", "",
                                NULL);
  g_autoptr(LadingEndpoint) endpoint = NULL;

  /* Empty variables count as unset, as in the CLI. */
  endpoint = resolve_one (NULL, envp);
  assert_chosen (endpoint, LADING_ENDPOINT_ORIGIN_CONFIG_CONTEXT, "tcp://10.0.0.5:2376", "demo");
}

static void
test_endpoint_resolve_config_context (void)
{
  g_autofree char *config_dir = dup_fixture_config_dir ();
  g_autofree char *ca_file = dup_fixture_tls_file ("ca.pem");
  g_autofree char *cert_file = dup_fixture_tls_file ("cert.pem");
  g_autofree char *key_file = dup_fixture_tls_file ("key.pem");
  g_autofree char *base_uri = NULL;
  g_auto(GStrv) envp = env_new ("DOCKER_CONFIG", config_dir,
                                "DOCKER_TLS_VERIFY", "",
                                NULL);
  g_autoptr(LadingEndpoint) endpoint = NULL;
  g_autoptr(GError) error = NULL;

  endpoint = resolve_one (NULL, envp);
  assert_chosen (endpoint, LADING_ENDPOINT_ORIGIN_CONFIG_CONTEXT, "tcp://10.0.0.5:2376", "demo");
  g_assert_cmpint (lading_endpoint_get_kind (endpoint), ==, LADING_ENDPOINT_KIND_TCP);
  g_assert_cmpstr (lading_endpoint_get_host (endpoint), ==, "10.0.0.5");
  g_assert_true (lading_endpoint_get_tls (endpoint));
  g_assert_true (lading_endpoint_get_tls_verify (endpoint));
  g_assert_cmpstr (lading_endpoint_get_tls_ca_file (endpoint), ==, ca_file);
  g_assert_cmpstr (lading_endpoint_get_tls_cert_file (endpoint), ==, cert_file);
  g_assert_cmpstr (lading_endpoint_get_tls_key_file (endpoint), ==, key_file);

  base_uri = lading_endpoint_dup_base_uri (endpoint);
  g_assert_cmpstr (base_uri, ==, "https://10.0.0.5:2376");
  g_assert_true (lading_endpoint_validate_tls (endpoint, &error));
  g_assert_no_error (error);
}

static void
test_endpoint_resolve_context_tls (void)
{
  g_autofree char *config_dir = dup_fixture_config_dir ();
  g_auto(GStrv) insecure_env = env_new ("DOCKER_CONFIG", config_dir,
                                        "DOCKER_CONTEXT", "insecure",
                                        NULL);
  g_auto(GStrv) local_env = env_new ("DOCKER_CONFIG", config_dir,
                                     "DOCKER_CONTEXT", "local",
                                     "DOCKER_TLS_VERIFY", "1",
                                     NULL);
  g_autoptr(LadingEndpoint) insecure = resolve_one (NULL, insecure_env);
  g_autoptr(LadingEndpoint) local = resolve_one (NULL, local_env);

  /* SkipTLSVerify alone turns TLS on, without verification or files. */
  assert_chosen (insecure, LADING_ENDPOINT_ORIGIN_DOCKER_CONTEXT, "tcp://10.0.0.6", "insecure");
  g_assert_true (lading_endpoint_get_tls (insecure));
  g_assert_false (lading_endpoint_get_tls_verify (insecure));
  g_assert_cmpuint (lading_endpoint_get_port (insecure), ==, 2376);
  g_assert_null (lading_endpoint_get_tls_ca_file (insecure));
  g_assert_null (lading_endpoint_get_tls_cert_file (insecure));

  /* A context's TLS comes from its store, never from DOCKER_TLS_VERIFY. */
  g_assert_cmpint (lading_endpoint_get_kind (local), ==, LADING_ENDPOINT_KIND_UNIX);
  g_assert_false (lading_endpoint_get_tls (local));
}

static void
test_endpoint_resolve_default_context (void)
{
  g_autofree char *config_dir = dup_fixture_config_dir ();
  g_autofree char *tmp_dir = make_tmp_dir ();
  g_auto(GStrv) env_context = env_new ("DOCKER_CONFIG", config_dir,
                                       "DOCKER_CONTEXT", "default",
                                       NULL);
  g_auto(GStrv) config_context = env_new ("DOCKER_CONFIG", tmp_dir, NULL);
  g_autoptr(GPtrArray) endpoints = NULL;
  g_autoptr(GError) error = NULL;

  /* DOCKER_CONTEXT=default hides the config's currentContext ("demo"). */
  endpoints = resolve (NULL, env_context, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (endpoints->len, >=, 1);
  assert_chosen (g_ptr_array_index (endpoints, 0), LADING_ENDPOINT_ORIGIN_DEFAULT,
                 "unix:///var/run/docker.sock", NULL);
  g_clear_pointer (&endpoints, g_ptr_array_unref);

  write_file (tmp_dir, "config.json", "{\"currentContext\": \"default\"}");
  endpoints = resolve (NULL, config_context, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (endpoints->len, >=, 1);
  assert_chosen (g_ptr_array_index (endpoints, 0), LADING_ENDPOINT_ORIGIN_DEFAULT,
                 "unix:///var/run/docker.sock", NULL);

  remove_tree (tmp_dir);
}

static void
test_endpoint_resolve_unknown_context (void)
{
  g_autofree char *config_dir = dup_fixture_config_dir ();
  g_autofree char *tmp_dir = make_tmp_dir ();
  g_auto(GStrv) env_context = env_new ("DOCKER_CONFIG", config_dir,
                                       "DOCKER_CONTEXT", "nope",
                                       NULL);
  g_auto(GStrv) config_context = env_new ("DOCKER_CONFIG", tmp_dir, NULL);
  g_auto(GStrv) no_config_dir = env_new ("DOCKER_CONTEXT", "demo", NULL);
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, "broken", -1);
  g_autofree char *meta = g_build_filename ("contexts", "meta", hash, "meta.json", NULL);

  assert_resolve_fails (NULL, env_context, "Docker context “nope” does not exist");

  /* A currentContext that names nothing is an error too, not a fallback. */
  write_file (tmp_dir, "config.json", "{\"currentContext\": \"nope\"}");
  assert_resolve_fails (NULL, config_context, "Docker context “nope” does not exist");

  write_file (tmp_dir, "config.json", "{\"currentContext\": \"broken\"}");
  write_file (tmp_dir, meta, "{\"Name\": \"broken\", \"Endpoints\": {\"docker\": []}}");
  assert_resolve_fails (NULL, config_context, "has no Endpoints.docker.Host");

  write_file (tmp_dir, meta, "{\"Name\": \"broken\"");
  assert_resolve_fails (NULL, config_context, meta);

  assert_resolve_fails (NULL, no_config_dir, "neither DOCKER_CONFIG nor HOME is set");

  remove_tree (tmp_dir);
}

static void
test_endpoint_resolve_bad_config (void)
{
  g_autofree char *tmp_dir = make_tmp_dir ();
  g_autofree char *config_path = g_build_filename (tmp_dir, ".docker", "config.json", NULL);
  g_auto(GStrv) envp = env_new ("HOME", tmp_dir, NULL);

  write_file (tmp_dir, ".docker/config.json", "{ \"currentContext\": ");
  assert_resolve_fails (NULL, envp, config_path);

  write_file (tmp_dir, ".docker/config.json", "[\"demo\"]");
  assert_resolve_fails (NULL, envp, "does not hold a JSON object");

  remove_tree (tmp_dir);
}

static void
test_endpoint_resolve_bad_choice (void)
{
  g_autofree char *config_dir = dup_fixture_config_dir ();
  g_auto(GStrv) docker_host = env_new ("DOCKER_CONFIG", config_dir,
                                       "DOCKER_HOST", "ssh://user@box.example",
                                       NULL);
  g_auto(GStrv) docker_context = env_new ("DOCKER_CONFIG", config_dir,
                                          "DOCKER_CONTEXT", "ssh-box",
                                          NULL);

  /* A broken choice never falls back to another endpoint. */
  assert_resolve_fails ("tcp://host:port", docker_host, "“tcp://host:port”");
  assert_resolve_fails (NULL, docker_host, "DOCKER_HOST: “ssh://user@box.example”");
  assert_resolve_fails (NULL, docker_context,
                        "Docker context “ssh-box”: “ssh://user@box.example”: ssh:// endpoints "
                        "are not supported");
}

static void
test_endpoint_resolve_tls_env (void)
{
  g_autofree char *cert_dir = g_test_build_filename (G_TEST_DIST, "data", "docker-config",
                                                     "contexts", "tls", DEMO_HASH, "docker",
                                                     NULL);
  g_autofree char *ca_file = dup_fixture_tls_file ("ca.pem");
  g_autofree char *cert_file = dup_fixture_tls_file ("cert.pem");
  g_autofree char *key_file = dup_fixture_tls_file ("key.pem");
  g_autofree char *tmp_dir = make_tmp_dir ();
  g_autofree char *tmp_ca_file = g_build_filename (tmp_dir, "ca.pem", NULL);
  g_auto(GStrv) verify_zero = env_new ("DOCKER_HOST", "tcp://remote.example",
                                       "DOCKER_TLS_VERIFY", "0",
                                       "DOCKER_CERT_PATH", cert_dir,
                                       NULL);
  g_auto(GStrv) tls_only = env_new ("DOCKER_HOST", "tcp://remote.example",
                                    "DOCKER_TLS", "1",
                                    "DOCKER_CERT_PATH", tmp_dir,
                                    NULL);
  g_auto(GStrv) config_certs = env_new ("DOCKER_HOST", "tcp://remote.example",
                                        "DOCKER_TLS_VERIFY", "1",
                                        "DOCKER_CONFIG", tmp_dir,
                                        NULL);
  g_auto(GStrv) no_tls = env_new ("DOCKER_HOST", "tcp://remote.example",
                                  "DOCKER_TLS_VERIFY", "",
                                  "DOCKER_CERT_PATH", cert_dir,
                                  NULL);
  g_auto(GStrv) unix_host = env_new ("DOCKER_HOST", "unix:///run/docker.sock",
                                     "DOCKER_TLS_VERIFY", "1",
                                     NULL);
  g_autoptr(LadingEndpoint) endpoint = NULL;
  g_autoptr(GError) error = NULL;

  /* DOCKER_TLS_VERIFY=0 is non-empty, so it still means "verify". */
  endpoint = resolve_one (NULL, verify_zero);
  g_assert_true (lading_endpoint_get_tls (endpoint));
  g_assert_true (lading_endpoint_get_tls_verify (endpoint));
  g_assert_cmpuint (lading_endpoint_get_port (endpoint), ==, 2376);
  g_assert_cmpstr (lading_endpoint_get_tls_ca_file (endpoint), ==, ca_file);
  g_assert_cmpstr (lading_endpoint_get_tls_cert_file (endpoint), ==, cert_file);
  g_assert_cmpstr (lading_endpoint_get_tls_key_file (endpoint), ==, key_file);
  g_assert_true (lading_endpoint_validate_tls (endpoint, &error));
  g_assert_no_error (error);
  g_clear_object (&endpoint);

  /* TLS without verification reads no CA; absent client files are simply unused. */
  endpoint = resolve_one (NULL, tls_only);
  g_assert_true (lading_endpoint_get_tls (endpoint));
  g_assert_false (lading_endpoint_get_tls_verify (endpoint));
  g_assert_null (lading_endpoint_get_tls_ca_file (endpoint));
  g_assert_null (lading_endpoint_get_tls_cert_file (endpoint));
  g_assert_null (lading_endpoint_get_tls_key_file (endpoint));
  g_assert_true (lading_endpoint_validate_tls (endpoint, &error));
  g_assert_no_error (error);
  g_clear_object (&endpoint);

  /* Without DOCKER_CERT_PATH the CLI looks in the config directory, and a
   * missing CA is reported rather than skipped. */
  endpoint = resolve_one (NULL, config_certs);
  g_assert_cmpstr (lading_endpoint_get_tls_ca_file (endpoint), ==, tmp_ca_file);
  assert_tls_invalid (endpoint, tmp_ca_file);
  g_clear_object (&endpoint);

  endpoint = resolve_one (NULL, no_tls);
  g_assert_false (lading_endpoint_get_tls (endpoint));
  g_assert_cmpuint (lading_endpoint_get_port (endpoint), ==, 2375);
  g_assert_null (lading_endpoint_get_tls_ca_file (endpoint));
  g_clear_object (&endpoint);

  endpoint = resolve_one (NULL, unix_host);
  g_assert_cmpint (lading_endpoint_get_kind (endpoint), ==, LADING_ENDPOINT_KIND_UNIX);
  g_assert_false (lading_endpoint_get_tls (endpoint));

  remove_tree (tmp_dir);
}

static gboolean
root_podman_socket_exists (void)
{
  GStatBuf st;

  return g_stat ("/run/podman/podman.sock", &st) == 0 && S_ISSOCK (st.st_mode);
}

static void
assert_probe (GPtrArray            *endpoints,
              guint                 index,
              LadingEndpointOrigin  origin,
              const char           *dir,
              const char           *relative_path)
{
  g_autofree char *path = g_build_filename (dir, relative_path, NULL);
  LadingEndpoint *endpoint;

  g_assert_cmpuint (index, <, endpoints->len);
  endpoint = g_ptr_array_index (endpoints, index);
  g_assert_cmpint (lading_endpoint_get_origin (endpoint), ==, origin);
  g_assert_cmpstr (lading_endpoint_get_socket_path (endpoint), ==, path);
}

static void
test_endpoint_resolve_probes (void)
{
  g_autofree char *home = make_tmp_dir ();
  g_autofree char *runtime_dir = make_tmp_dir ();
  g_auto(GStrv) envp = env_new ("HOME", home, "XDG_RUNTIME_DIR", runtime_dir, NULL);
  g_auto(GStrv) relative_env = env_new ("HOME", home, "XDG_RUNTIME_DIR", "run", NULL);
  g_autofree char *plain_file = g_build_filename (runtime_dir, "docker.sock", NULL);
  g_autoptr(GPtrArray) endpoints = NULL;
  g_autoptr(GError) error = NULL;
  guint root_podman = root_podman_socket_exists () ? 1 : 0;
  guint i = 0;

  /* A regular file where a socket would be is not an engine. */
  write_file (runtime_dir, "docker.sock", "");
  endpoints = resolve (NULL, envp, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (endpoints->len, ==, 1 + root_podman);
  assert_probe (endpoints, 0, LADING_ENDPOINT_ORIGIN_DEFAULT, "/var/run", "docker.sock");
  g_clear_pointer (&endpoints, g_ptr_array_unref);

  g_assert_cmpint (g_remove (plain_file), ==, 0);
  make_socket (runtime_dir, "docker.sock");
  make_socket (runtime_dir, "podman/podman.sock");
  make_socket (home, ".docker/desktop/docker.sock");

  endpoints = resolve (NULL, envp, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (endpoints->len, ==, 4 + root_podman);
  assert_probe (endpoints, i++, LADING_ENDPOINT_ORIGIN_DEFAULT, "/var/run", "docker.sock");
  assert_probe (endpoints, i++, LADING_ENDPOINT_ORIGIN_ROOTLESS_DOCKER, runtime_dir, "docker.sock");
  assert_probe (endpoints, i++, LADING_ENDPOINT_ORIGIN_DOCKER_DESKTOP,
                home, ".docker/desktop/docker.sock");
  if (root_podman)
    assert_probe (endpoints, i++, LADING_ENDPOINT_ORIGIN_PODMAN, "/run/podman", "podman.sock");
  assert_probe (endpoints, i++, LADING_ENDPOINT_ORIGIN_PODMAN, runtime_dir, "podman/podman.sock");
  g_clear_pointer (&endpoints, g_ptr_array_unref);

  /* A relative XDG_RUNTIME_DIR is invalid per the basedir spec and is ignored. */
  endpoints = resolve (NULL, relative_env, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (endpoints->len, ==, 2 + root_podman);
  assert_probe (endpoints, 1, LADING_ENDPOINT_ORIGIN_DOCKER_DESKTOP,
                home, ".docker/desktop/docker.sock");

  remove_tree (home);
  remove_tree (runtime_dir);
}

static void
test_endpoint_resolve_process_env (void)
{
  g_autoptr(LadingEndpoint) from_env = NULL;
  g_autoptr(LadingEndpoint) explicit_choice = NULL;

  /* DOCKER_HOST wins before any file is read, so the real HOME stays untouched. */
  g_setenv ("DOCKER_HOST", "tcp://process.example:1234", TRUE);
  g_unsetenv ("DOCKER_TLS_VERIFY");
  g_unsetenv ("DOCKER_TLS");

  from_env = resolve_one (NULL, NULL);
  assert_chosen (from_env, LADING_ENDPOINT_ORIGIN_DOCKER_HOST, "tcp://process.example:1234", NULL);
  explicit_choice = resolve_one ("unix:///srv/chosen.sock", NULL);
  assert_chosen (explicit_choice, LADING_ENDPOINT_ORIGIN_EXPLICIT, "unix:///srv/chosen.sock", NULL);

  g_unsetenv ("DOCKER_HOST");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/api/endpoint/parse-unix", test_endpoint_parse_unix);
  g_test_add_func ("/api/endpoint/parse-tcp", test_endpoint_parse_tcp);
  g_test_add_func ("/api/endpoint/parse-invalid", test_endpoint_parse_invalid);
  g_test_add_func ("/api/endpoint/port-follows-tls", test_endpoint_port_follows_tls);
  g_test_add_func ("/api/endpoint/properties", test_endpoint_properties);
  g_test_add_func ("/api/endpoint/base-uri", test_endpoint_base_uri);
  g_test_add_func ("/api/endpoint/connectable", test_endpoint_connectable);
  g_test_add_func ("/api/endpoint/validate-tls", test_endpoint_validate_tls);
  g_test_add_func ("/api/endpoint/resolve-precedence", test_endpoint_resolve_precedence);
  g_test_add_func ("/api/endpoint/resolve-docker-host-empty",
                   test_endpoint_resolve_docker_host_empty);
  g_test_add_func ("/api/endpoint/resolve-config-context", test_endpoint_resolve_config_context);
  g_test_add_func ("/api/endpoint/resolve-context-tls", test_endpoint_resolve_context_tls);
  g_test_add_func ("/api/endpoint/resolve-default-context", test_endpoint_resolve_default_context);
  g_test_add_func ("/api/endpoint/resolve-unknown-context", test_endpoint_resolve_unknown_context);
  g_test_add_func ("/api/endpoint/resolve-bad-config", test_endpoint_resolve_bad_config);
  g_test_add_func ("/api/endpoint/resolve-bad-choice", test_endpoint_resolve_bad_choice);
  g_test_add_func ("/api/endpoint/resolve-tls-env", test_endpoint_resolve_tls_env);
  g_test_add_func ("/api/endpoint/resolve-probes", test_endpoint_resolve_probes);
  g_test_add_func ("/api/endpoint/resolve-process-env", test_endpoint_resolve_process_env);

  return g_test_run ();
}
