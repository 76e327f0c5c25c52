/* test-credential-helper.c
 *
 * The docker CLI's credential helper protocol against a real helper of our
 * own (tests/docker-credential-lading-test.c) on PATH, with a store in a
 * temporary directory: nothing stored, store, get, a token, erase, a helper
 * that is missing, and one that fails without the secret reaching the error;
 * and config.json choosing between a server's helper and its "auths".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "lading-credential-helper.h"
#include "lading-docker-config.h"

#define HELPER "lading-test"
#define SERVER "127.0.0.1:5000"

static GAsyncResult *
await_result (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return *result;
}

static void
keep_result_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  *(GAsyncResult **)user_data = g_object_ref (result);
}

static gboolean
get (const char  *helper,
     char       **username,
     char       **secret,
     GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  lading_credential_helper_get_async (helper, SERVER, NULL, keep_result_cb, &result);
  return lading_credential_helper_get_finish (await_result (&result), username, secret, error);
}

static gboolean
store (const char  *username,
       const char  *secret,
       GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  lading_credential_helper_store_async (HELPER, SERVER, username, secret, NULL,
                                        keep_result_cb, &result);
  return lading_credential_helper_store_finish (await_result (&result), error);
}

static gboolean
erase (GError **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  lading_credential_helper_erase_async (HELPER, SERVER, NULL, keep_result_cb, &result);
  return lading_credential_helper_erase_finish (await_result (&result), error);
}

static void
test_credential_helper_round_trip (void)
{
  g_autofree char *username = NULL;
  g_autofree char *secret = NULL;
  g_autoptr(GError) error = NULL;

  /* Nothing stored yet: no credentials, and no error. */
  g_assert_true (get (HELPER, &username, &secret, &error));
  g_assert_no_error (error);
  g_assert_null (username);
  g_assert_null (secret);

  g_assert_true (store ("lading", "s3cret:with colon", &error));
  g_assert_no_error (error);
  g_assert_true (get (HELPER, &username, &secret, &error));
  g_assert_cmpstr (username, ==, "lading");
  g_assert_cmpstr (secret, ==, "s3cret:with colon");
  g_clear_pointer (&username, g_free);
  g_clear_pointer (&secret, g_free);

  /* An identity token is kept under the user name "<token>". */
  g_assert_true (store (LADING_CREDENTIAL_TOKEN_USERNAME, "identity-token", &error));
  g_assert_true (get (HELPER, &username, &secret, &error));
  g_assert_cmpstr (username, ==, LADING_CREDENTIAL_TOKEN_USERNAME);
  g_assert_cmpstr (secret, ==, "identity-token");
  g_clear_pointer (&username, g_free);
  g_clear_pointer (&secret, g_free);

  g_assert_true (erase (&error));
  g_assert_no_error (error);
  g_assert_true (get (HELPER, &username, &secret, &error));
  g_assert_null (username);

  /* Erasing what is not there is the helper's failure. */
  g_assert_false (erase (&error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
}

static void
test_credential_helper_failures (void)
{
  g_autofree char *username = NULL;
  g_autofree char *secret = NULL;
  g_autoptr(GError) error = NULL;

  /* No such helper on PATH. */
  g_assert_false (get ("lading-no-such-helper", &username, &secret, &error));
  g_assert_nonnull (error);
  g_assert_null (username);
  g_clear_error (&error);

  /* A broken helper: its words reach the error, the secret does not. */
  g_setenv ("LADING_TEST_CREDENTIALS_FAIL", "1", TRUE);
  g_assert_false (store ("lading", "do-not-show-me", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "broken on purpose"));
  g_assert_null (strstr (error->message, "do-not-show-me"));
  g_unsetenv ("LADING_TEST_CREDENTIALS_FAIL");
}

static char *
dup_auth_header (LadingDockerConfig *config,
                 const char         *server)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  char *header;

  lading_docker_config_dup_auth_header_async (config, server, NULL, keep_result_cb, &result);
  header = lading_docker_config_dup_auth_header_finish (config, await_result (&result), &error);
  g_assert_no_error (error);

  return header;
}

/* The header's JSON member @member. */
static char *
dup_header_member (const char *header,
                   const char *member)
{
  g_autofree char *standard = g_strdup (header);
  g_autofree guchar *json = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  gsize length;

  g_strdelimit (standard, "-", '+');
  g_strdelimit (standard, "_", '/');
  json = g_base64_decode (standard, &length);
  g_assert_true (json_parser_load_from_data (parser, (const char *)json, length, NULL));

  return g_strdup (json_object_get_string_member_with_default (
    json_node_get_object (json_parser_get_root (parser)), member, NULL));
}

/* config.json picks the helper for a server, and "auths" for the others. */
static void
test_credential_helper_config_lookup (void)
{
  g_autofree char *config_dir = g_dir_make_tmp ("lading-test-docker-config-XXXXXX", NULL);
  g_autofree char *config_path = g_build_filename (config_dir, "config.json", NULL);
  g_autofree char *other_auth = g_base64_encode ((const guchar *)"u:p", 3);
  g_autofree char *config_json = g_strdup_printf (
    "{\"credHelpers\":{\"" SERVER "\":\"" HELPER "\"},"
    "\"auths\":{\"other.example.com\":{\"auth\":\"%s\"}}}", other_auth);
  g_autoptr(LadingDockerConfig) config = NULL;
  g_autofree char *helper_header = NULL;
  g_autofree char *auths_header = NULL;
  g_autofree char *none_header = NULL;
  g_autofree char *username = NULL;
  g_autofree char *password = NULL;
  g_autofree char *server = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (config_path, config_json, -1, NULL));
  config = lading_docker_config_load (config_dir, &error);
  g_assert_no_error (error);
  g_assert_true (store ("helped", "from-the-helper", &error));

  helper_header = dup_auth_header (config, SERVER);
  username = dup_header_member (helper_header, "username");
  password = dup_header_member (helper_header, "password");
  server = dup_header_member (helper_header, "serveraddress");
  g_assert_cmpstr (username, ==, "helped");
  g_assert_cmpstr (password, ==, "from-the-helper");
  g_assert_cmpstr (server, ==, SERVER);
  g_clear_pointer (&username, g_free);

  auths_header = dup_auth_header (config, "other.example.com");
  username = dup_header_member (auths_header, "username");
  g_assert_cmpstr (username, ==, "u");

  none_header = dup_auth_header (config, "none.example.com");
  g_assert_null (none_header);

  g_assert_true (erase (&error));
  g_unlink (config_path);
  g_rmdir (config_dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *store_dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  /* The helper is built beside this test. */
  path = g_strconcat (g_test_get_dir (G_TEST_BUILT), ":", g_getenv ("PATH"), NULL);
  g_setenv ("PATH", path, TRUE);
  store_dir = g_dir_make_tmp ("lading-test-credentials-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("LADING_TEST_CREDENTIALS_DIR", store_dir, TRUE);

  g_test_add_func ("/api/credential-helper/round-trip", test_credential_helper_round_trip);
  g_test_add_func ("/api/credential-helper/failures", test_credential_helper_failures);
  g_test_add_func ("/api/credential-helper/config-lookup", test_credential_helper_config_lookup);

  status = g_test_run ();
  g_rmdir (store_dir);
  return status;
}
