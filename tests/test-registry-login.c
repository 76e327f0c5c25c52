/* test-registry-login.c
 *
 * Logins through the private engine (POST /auth) to the registry tests/run
 * starts behind a password, kept in the run's own keyring (Secret Service)
 * or in a credential helper of our own: a wrong password and an unreachable
 * registry keep nothing; a good login is in the keyring under the docker
 * CLI's schema, never in config.json, replaces what config.json held, and
 * lets a push through; log out takes it away again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <libsecret/secret.h>
#include <string.h>
#include <sys/stat.h>

#include "lading-credential-helper.h"
#include "lading-engine-error.h"
#include "lading-registry-login.h"
#include "lading-secret-store.h"
#include "lading-test-transfer.h"
#include "lading-test-util.h"

/* As docker-credential-secretservice names its items. */
static const SecretSchema docker_schema = {
  "io.docker.Credentials", SECRET_SCHEMA_NONE,
  {
    { "label", SECRET_SCHEMA_ATTRIBUTE_STRING },
    { "server", SECRET_SCHEMA_ATTRIBUTE_STRING },
    { "username", SECRET_SCHEMA_ATTRIBUTE_STRING },
    { "docker_cli", SECRET_SCHEMA_ATTRIBUTE_STRING },
    { NULL, 0 },
  },
};

typedef struct
{
  char               *dir;
  char               *path;   /* its config.json */
  LadingDockerConfig *config;
} ConfigDir;

/* A DOCKER_CONFIG of its own holding @json. */
static ConfigDir *
config_dir_new (const char *json)
{
  ConfigDir *dir = g_new0 (ConfigDir, 1);
  g_autoptr(GError) error = NULL;

  dir->dir = g_dir_make_tmp ("lading-test-login-XXXXXX", NULL);
  dir->path = g_build_filename (dir->dir, "config.json", NULL);
  g_file_set_contents (dir->path, json, -1, &error);
  g_assert_no_error (error);
  dir->config = lading_docker_config_load (dir->dir, &error);
  g_assert_no_error (error);

  return dir;
}

static void
config_dir_free (ConfigDir *dir)
{
  g_clear_object (&dir->config);
  g_assert_no_errno (g_unlink (dir->path));
  g_assert_no_errno (g_rmdir (dir->dir));
  g_free (dir->path);
  g_free (dir->dir);
  g_free (dir);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ConfigDir, config_dir_free)

static char *
read_config (ConfigDir *dir)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (dir->path, &contents, NULL, &error);
  g_assert_no_error (error);

  return contents;
}

static GError *
log_in (LadingEngine       *engine,
        LadingDockerConfig *config,
        const char         *server,
        const char         *password)
{
  g_autoptr(GAsyncResult) result = NULL;
  GError *error = NULL;

  lading_registry_log_in_async (engine, config, server, g_getenv ("LADING_TEST_REGISTRY_USER"),
                                password, NULL, lading_test_keep_result_cb, &result);
  lading_test_await_result (&result, "login");
  lading_registry_log_in_finish (result, &error);

  return error;
}

static void
log_out (LadingDockerConfig *config,
         const char         *server)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  lading_docker_config_erase_credentials_async (config, server, NULL, lading_test_keep_result_cb,
                                                &result);
  lading_test_await_result (&result, "logout");
  lading_docker_config_erase_credentials_finish (config, result, &error);
  g_assert_no_error (error);
}

/* What the keyring holds for @server, looked up as the CLI's helper does. */
static char *
keyring_lookup (const char *server)
{
  g_autoptr(GError) error = NULL;
  char *secret;

  secret = secret_password_lookup_sync (&docker_schema, NULL, &error, "server", server,
                                        "docker_cli", "1", NULL);
  g_assert_no_error (error);

  return secret;
}

static void
test_refused (void)
{
  g_autoptr(LadingEngine) engine = NULL;
  g_autoptr(ConfigDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *secret = NULL;
  g_autofree char *contents = NULL;
  const char *registry = g_getenv ("LADING_TEST_AUTH_REGISTRY");

  if (!lading_test_have_registries ())
    return;

  engine = lading_test_connected_engine_new ();
  dir = config_dir_new ("{}");

  error = log_in (engine, dir->config, registry, "not-the-password");
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_UNAUTHORIZED);
  g_assert_null (strstr (error->message, "not-the-password"));
  g_clear_error (&error);
  secret = keyring_lookup (registry);
  g_assert_null (secret);

  /* Nothing listens on port 1. */
  error = log_in (engine, dir->config, "127.0.0.1:1", g_getenv ("LADING_TEST_REGISTRY_PASSWORD"));
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_REGISTRY_UNREACHABLE);
  g_assert_null (strstr (error->message, g_getenv ("LADING_TEST_REGISTRY_PASSWORD")));
  secret = keyring_lookup ("127.0.0.1:1");
  g_assert_null (secret);

  contents = read_config (dir);
  g_assert_cmpstr (contents, ==, "{}");
}

/* A login replaces the stale password config.json held, keeps the rest of
 * the file, and is what a push then uses; log out ends it. */
/* The servers the keyring holds logins for. */
static GStrv
keyring_servers (void)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GStrv servers;

  lading_secret_store_list_servers_async (NULL, lading_test_keep_result_cb, &result);
  lading_test_await_result (&result, "the keyring's servers");
  servers = lading_secret_store_list_servers_finish (result, &error);
  g_assert_no_error (error);

  return servers;
}

static void
test_keyring_round_trip (void)
{
  g_autoptr(LadingEngine) engine = NULL;
  g_autoptr(LadingImageReference) reference = NULL;
  g_autoptr(LadingDockerConfig) reloaded = NULL;
  g_autoptr(ConfigDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *stale = NULL;
  g_autofree char *json = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *secret = NULL;
  g_autofree char *name = NULL;
  g_auto(GStrv) servers = NULL;
  const char *registry = g_getenv ("LADING_TEST_AUTH_REGISTRY");
  const char *password = g_getenv ("LADING_TEST_REGISTRY_PASSWORD");
  GStatBuf info;

  if (!lading_test_have_registries ())
    return;

  engine = lading_test_connected_engine_new ();
  stale = g_base64_encode ((const guchar *)"lading:stale-password", 21);
  json = g_strdup_printf ("{\"auths\":{\"http://%s/v2/\":{\"auth\":\"%s\"},"
                          "\"other.example.com\":{}},\"detachKeys\":\"ctrl-x,x\"}",
                          registry, stale);
  dir = config_dir_new (json);

  error = log_in (engine, dir->config, registry, password);
  g_assert_no_error (error);

  secret = keyring_lookup (registry);
  g_assert_cmpstr (secret, ==, password);
  servers = keyring_servers ();
  g_assert_true (g_strv_contains ((const char * const *)servers, registry));
  contents = read_config (dir);
  g_assert_null (strstr (contents, stale));
  g_assert_null (strstr (contents, password));
  g_assert_nonnull (strstr (contents, "\"detachKeys\" : \"ctrl-x,x\""));
  g_assert_nonnull (strstr (contents, "other.example.com"));
  g_assert_no_errno (g_stat (dir->path, &info));
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);

  /* A config read afresh finds the login in the keyring. */
  reloaded = lading_docker_config_load (dir->dir, &error);
  g_assert_no_error (error);
  reference = lading_test_reference_new (registry, "lading/login:1");
  name = lading_image_reference_dup_string (reference);
  lading_test_build_image (name);
  error = lading_test_push (engine, reference, reloaded);
  g_assert_no_error (error);

  log_out (reloaded, registry);
  g_clear_pointer (&secret, g_free);
  secret = keyring_lookup (registry);
  g_assert_null (secret);
  g_clear_pointer (&servers, g_strfreev);
  servers = keyring_servers ();
  g_assert_false (g_strv_contains ((const char * const *)servers, registry));
  error = lading_test_push (engine, reference, reloaded);
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_UNAUTHORIZED);
  /* Logging out again is no error. */
  log_out (reloaded, registry);

  lading_test_remove_image (name);
}

/* What the test helper holds for @server: the user name, or %NULL. */
static char *
helper_get (const char  *server,
            char       **secret)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  char *username = NULL;

  lading_credential_helper_get_async ("lading-test", server, NULL, lading_test_keep_result_cb,
                                      &result);
  lading_test_await_result (&result, "helper get");
  lading_credential_helper_get_finish (result, &username, secret, &error);
  g_assert_no_error (error);

  return username;
}

/* A server config.json gives a helper is logged in with that helper. */
static void
test_helper (void)
{
  g_autoptr(LadingEngine) engine = NULL;
  g_autoptr(ConfigDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *username = NULL;
  g_autofree char *secret = NULL;
  g_autofree char *keyring = NULL;
  const char *registry = g_getenv ("LADING_TEST_AUTH_REGISTRY");
  const char *password = g_getenv ("LADING_TEST_REGISTRY_PASSWORD");

  if (!lading_test_have_registries ())
    return;

  engine = lading_test_connected_engine_new ();
  json = g_strdup_printf ("{\"credHelpers\":{\"%s\":\"lading-test\"}}", registry);
  dir = config_dir_new (json);
  g_setenv ("LADING_TEST_CREDENTIALS_DIR", dir->dir, TRUE);

  error = log_in (engine, dir->config, registry, password);
  g_assert_no_error (error);
  username = helper_get (registry, &secret);
  g_assert_cmpstr (username, ==, g_getenv ("LADING_TEST_REGISTRY_USER"));
  g_assert_cmpstr (secret, ==, password);
  keyring = keyring_lookup (registry);
  g_assert_null (keyring);
  contents = read_config (dir);
  g_assert_cmpstr (contents, ==, json);

  log_out (dir->config, registry);
  g_clear_pointer (&username, g_free);
  g_clear_pointer (&secret, g_free);
  username = helper_get (registry, &secret);
  g_assert_null (username);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *path = NULL;
  int status;

  if (!lading_test_init (&argc, &argv))
    return 0;
  /* docker-credential-lading-test, built beside this test. */
  path = g_strconcat (g_test_get_dir (G_TEST_BUILT), ":", g_getenv ("PATH"), NULL);
  g_setenv ("PATH", path, TRUE);

  g_test_add_func ("/integration/registry-login/refused", test_refused);
  g_test_add_func ("/integration/registry-login/keyring-round-trip", test_keyring_round_trip);
  g_test_add_func ("/integration/registry-login/helper", test_helper);

  status = g_test_run ();
  /* libsecret keeps its connection to the keyring for the process's life,
   * and the keyring's signals about the items wait in the main context. */
  secret_service_disconnect ();
  while (g_main_context_iteration (NULL, FALSE))
    ;

  return status;
}
