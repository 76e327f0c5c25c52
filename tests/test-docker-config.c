/* test-docker-config.c
 *
 * The credentials part of config.json, read as the docker CLI reads it, in
 * a temporary DOCKER_CONFIG of each test's own; and the X-Registry-Auth
 * value the engine takes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "lading-docker-config.h"

static char *
make_config_dir (const char *config_json)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("lading-test-docker-config-XXXXXX", &error);
  g_autofree char *path = NULL;

  g_assert_no_error (error);
  if (config_json != NULL)
    {
      path = g_build_filename (dir, "config.json", NULL);
      g_file_set_contents (path, config_json, -1, &error);
      g_assert_no_error (error);
    }

  return dir;
}

static void
remove_config_dir (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "config.json", NULL);

  g_remove (path);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static char *
base64 (const char *text)
{
  return g_base64_encode ((const guchar *)text, strlen (text));
}

static void
test_docker_config_auths (void)
{
  g_autofree char *hub = base64 ("hubuser:pa:ss");
  g_autofree char *local = base64 ("local:secret");
  g_autofree char *json = g_strdup_printf (
    "{\"auths\":{\"" LADING_DOCKER_HUB_AUTH_SERVER "\":{\"auth\":\"%s\"},"
    "\"127.0.0.1:5000\":{\"auth\":\"%s\"},"
    "\"https://registry.example.com/v2/\":{\"identitytoken\":\"tok\"},"
    "\"plain.example.com\":{\"username\":\"u\",\"password\":\"p\"},"
    "\"empty.example.com\":{}},"
    "\"credHelpers\":{\"helped.example.com\":\"lading-test\",\"127.0.0.1:5000\":\"\"},\"credsStore\":\"desktop\"}",
    hub, local);
  g_autofree char *dir = make_config_dir (json);
  g_autoptr(LadingDockerConfig) config = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *username = NULL;
  g_autofree char *password = NULL;
  g_autofree char *token = NULL;
  g_auto(GStrv) servers = NULL;

  config = lading_docker_config_load (dir, &error);
  g_assert_no_error (error);

  g_assert_true (lading_docker_config_lookup_auth (config, LADING_DOCKER_HUB_AUTH_SERVER,
                                                   &username, &password, &token));
  g_assert_cmpstr (username, ==, "hubuser");
  g_assert_cmpstr (password, ==, "pa:ss");
  g_assert_null (token);
  g_clear_pointer (&username, g_free);
  g_clear_pointer (&password, g_free);

  g_assert_true (lading_docker_config_lookup_auth (config, "127.0.0.1:5000",
                                                   &username, &password, &token));
  g_assert_cmpstr (username, ==, "local");
  g_assert_cmpstr (password, ==, "secret");
  g_clear_pointer (&username, g_free);
  g_clear_pointer (&password, g_free);

  /* A key with a scheme and a path matches its host. */
  g_assert_true (lading_docker_config_lookup_auth (config, "registry.example.com",
                                                   &username, &password, &token));
  g_assert_cmpstr (token, ==, "tok");
  g_assert_null (username);
  g_clear_pointer (&token, g_free);

  g_assert_true (lading_docker_config_lookup_auth (config, "plain.example.com",
                                                   &username, &password, &token));
  g_assert_cmpstr (username, ==, "u");
  g_assert_cmpstr (password, ==, "p");
  g_clear_pointer (&username, g_free);
  g_clear_pointer (&password, g_free);

  g_assert_false (lading_docker_config_lookup_auth (config, "empty.example.com",
                                                    &username, &password, &token));
  g_assert_false (lading_docker_config_lookup_auth (config, "unknown.example.com",
                                                    &username, &password, &token));
  g_assert_null (username);

  /* A server's own helper, else the store for all; an empty helper means
   * "auths" itself. */
  g_assert_cmpstr (lading_docker_config_get_helper (config, "helped.example.com"), ==,
                   "lading-test");
  g_assert_cmpstr (lading_docker_config_get_helper (config, "plain.example.com"), ==, "desktop");
  g_assert_null (lading_docker_config_get_helper (config, "127.0.0.1:5000"));

  /* Every registry it names, as a host, once. */
  servers = lading_docker_config_dup_servers (config);
  g_assert_cmpstrv (servers, ((const char * const []) { "127.0.0.1:5000", "empty.example.com",
                                                       "helped.example.com", "index.docker.io",
                                                       "plain.example.com",
                                                       "registry.example.com", NULL }));

  remove_config_dir (dir);
}

/* No config.json is an empty config; one that is not JSON is an error. */
static void
test_docker_config_missing_and_bad (void)
{
  g_autofree char *empty_dir = make_config_dir (NULL);
  g_autofree char *bad_dir = make_config_dir ("{\"auths\":");
  g_autofree char *array_dir = make_config_dir ("[]");
  g_autoptr(LadingDockerConfig) empty = NULL;
  g_autoptr(LadingDockerConfig) bad = NULL;
  g_autoptr(LadingDockerConfig) array = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *username = NULL;
  g_autofree char *password = NULL;
  g_autofree char *token = NULL;

  empty = lading_docker_config_load (empty_dir, &error);
  g_assert_no_error (error);
  g_assert_null (lading_docker_config_get_helper (empty, LADING_DOCKER_HUB_AUTH_SERVER));
  g_assert_false (lading_docker_config_lookup_auth (empty, LADING_DOCKER_HUB_AUTH_SERVER,
                                                    &username, &password, &token));

  bad = lading_docker_config_load (bad_dir, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_null (bad);
  g_clear_error (&error);

  array = lading_docker_config_load (array_dir, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_null (array);

  remove_config_dir (empty_dir);
  remove_config_dir (bad_dir);
  remove_config_dir (array_dir);
}

static JsonObject *
decode_header (const char *value)
{
  g_autofree char *standard = g_strdup (value);
  g_autofree guchar *json = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  gsize length;

  g_assert_null (strpbrk (value, "+/"));
  g_strdelimit (standard, "-", '+');
  g_strdelimit (standard, "_", '/');
  json = g_base64_decode (standard, &length);
  json_parser_load_from_data (parser, (const char *)json, length, &error);
  g_assert_no_error (error);

  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

/* base64url of the credentials' JSON, padded like Go's URLEncoding. */
static void
test_registry_auth_encode (void)
{
  /* Standard base64 of these credentials has both "+" and "/". */
  g_autofree char *password_header = lading_registry_auth_encode ("me", "?~?~?~?~", NULL,
                                                                  "127.0.0.1:5000");
  g_autofree char *token_header = lading_registry_auth_encode (NULL, NULL, "tok",
                                                               LADING_DOCKER_HUB_AUTH_SERVER);
  g_autoptr(JsonObject) with_password = decode_header (password_header);
  g_autoptr(JsonObject) with_token = decode_header (token_header);

  g_assert_cmpstr (json_object_get_string_member (with_password, "username"), ==, "me");
  g_assert_cmpstr (json_object_get_string_member (with_password, "password"), ==, "?~?~?~?~");
  g_assert_cmpstr (json_object_get_string_member (with_password, "serveraddress"), ==,
                   "127.0.0.1:5000");
  g_assert_false (json_object_has_member (with_password, "identitytoken"));

  g_assert_cmpstr (json_object_get_string_member (with_token, "identitytoken"), ==, "tok");
  g_assert_false (json_object_has_member (with_token, "password"));
  g_assert_cmpuint (strlen (token_header) % 4, ==, 0);
}

/* What a user types in the login dialog, named as the CLI keeps it. */
static void
test_registry_auth_server (void)
{
  static const struct {
    const char *typed;
    const char *server;
  } cases[] = {
    { "", LADING_DOCKER_HUB_AUTH_SERVER },
    { "docker.io", LADING_DOCKER_HUB_AUTH_SERVER },
    { " Docker.IO ", LADING_DOCKER_HUB_AUTH_SERVER },
    { "https://index.docker.io/v1/", LADING_DOCKER_HUB_AUTH_SERVER },
    { "registry-1.docker.io", LADING_DOCKER_HUB_AUTH_SERVER },
    { "127.0.0.1:5000", "127.0.0.1:5000" },
    { "http://127.0.0.1:5000/v2/", "127.0.0.1:5000" },
    { "Registry.Example.com", "registry.example.com" },
    { "[::1]:5000", "[::1]:5000" },
    { "registry example.com", NULL },
    { "registry.example.com:", NULL },
    { "-registry.example.com", NULL },
    { "registry.example.com:123456", NULL },
    { "user@registry.example.com", NULL },
    { "registry.example.com\nother", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *server = lading_registry_auth_server (cases[i].typed);

      g_test_message ("%s", cases[i].typed);
      g_assert_cmpstr (server, ==, cases[i].server);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/api/docker-config/auths", test_docker_config_auths);
  g_test_add_func ("/api/docker-config/missing-and-bad", test_docker_config_missing_and_bad);
  g_test_add_func ("/api/docker-config/registry-auth", test_registry_auth_encode);
  g_test_add_func ("/api/docker-config/auth-server", test_registry_auth_server);

  return g_test_run ();
}
