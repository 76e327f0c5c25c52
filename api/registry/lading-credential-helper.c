/* lading-credential-helper.c
 *
 * The docker CLI's credential helpers: a `docker-credential-<name>`
 * executable on PATH that answers `get`, `store` and `erase`, each with its
 * input on standard input (the server, or the credentials' JSON) and its
 * answer on standard output.  A server it holds nothing for makes `get`
 * fail with "credentials not found in native keychain", which is no error
 * here: the caller then has no credentials.
 *
 * What a helper prints when it fails goes into the error; what it prints
 * when it succeeds never does, since that holds the secret.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-credential-helper"

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "lading-credential-helper.h"
#include "lading-json-private.h"

#define NOT_FOUND_MESSAGE "credentials not found in native keychain"

typedef struct
{
  char *username;
  char *secret;
} Credentials;

static void
credentials_free (Credentials *credentials)
{
  g_free (credentials->username);
  if (credentials->secret != NULL)
    explicit_bzero (credentials->secret, strlen (credentials->secret));
  g_free (credentials->secret);
  g_free (credentials);
}

static GError *
helper_failed (const char *helper,
               const char *verb,
               const char *out,
               const char *err)
{
  g_autofree char *message = g_strstrip (g_strdup (err != NULL && err[0] != '\0' ? err : out));

  return g_error_new (G_IO_ERROR, G_IO_ERROR_FAILED, "docker-credential-%s %s failed%s%s",
                      helper, verb, message[0] != '\0' ? ": " : "", message);
}

/* Parses `get`'s {"ServerURL","Username","Secret"}; the task's result. */
static void
take_get_reply (GTask      *task,
                const char *helper,
                const char *out)
{
  g_autoptr(JsonNode) root = NULL;
  Credentials *credentials;
  JsonObject *object;

  if (!(root = _lading_json_parse (out, -1, NULL)) || !JSON_NODE_HOLDS_OBJECT (root))
    {
      /* Its output holds the secret: it is not quoted. */
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                               "docker-credential-%s get answered something that is not JSON",
                               helper);
      return;
    }

  object = json_node_get_object (root);
  credentials = g_new0 (Credentials, 1);
  credentials->username = g_strdup (_lading_json_get_string (object, "Username"));
  credentials->secret = g_strdup (_lading_json_get_string (object, "Secret"));
  g_task_return_pointer (task, credentials, (GDestroyNotify)credentials_free);
}

static void
communicate_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  GSubprocess *subprocess = G_SUBPROCESS (object);
  g_autoptr(GTask) task = user_data;
  const char *helper = g_object_get_data (G_OBJECT (task), "helper");
  const char *verb = g_object_get_data (G_OBJECT (task), "verb");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_subprocess_communicate_utf8_finish (subprocess, result, &out, &err, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (!g_subprocess_get_if_exited (subprocess) || g_subprocess_get_exit_status (subprocess) != 0)
    {
      if (g_str_equal (verb, "get") && out != NULL && strstr (out, NOT_FOUND_MESSAGE) != NULL)
        g_task_return_pointer (task, g_new0 (Credentials, 1), (GDestroyNotify)credentials_free);
      else
        g_task_return_error (task, helper_failed (helper, verb, out, err));
      return;
    }

  if (g_str_equal (verb, "get"))
    take_get_reply (task, helper, out != NULL ? out : "");
  else
    g_task_return_boolean (task, TRUE);

  if (out != NULL)
    explicit_bzero (out, strlen (out));
}

/* Runs `docker-credential-@helper @verb` with @input on standard input. */
static void
run_helper (const char          *helper,
            const char          *verb,
            const char          *input,
            gpointer             source_tag,
            GCancellable        *cancellable,
            GAsyncReadyCallback  callback,
            gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  g_autofree char *program = g_strconcat ("docker-credential-", helper, NULL);
  g_autoptr(GSubprocess) subprocess = NULL;
  g_autoptr(GError) error = NULL;

  g_task_set_source_tag (task, source_tag);
  g_object_set_data_full (G_OBJECT (task), "helper", g_strdup (helper), g_free);
  g_object_set_data (G_OBJECT (task), "verb", (gpointer)verb);

  subprocess = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                 G_SUBPROCESS_FLAGS_STDERR_PIPE, &error,
                                 program, verb, NULL);
  if (subprocess == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_subprocess_communicate_utf8_async (subprocess, input, cancellable, communicate_cb,
                                       g_steal_pointer (&task));
}

/**
 * lading_credential_helper_get_async:
 * @helper: the helper's name ("secretservice" for docker-credential-secretservice)
 * @server: the registry, as config.json names it
 *
 * Asks the helper for @server's credentials.
 */
void
lading_credential_helper_get_async (const char          *helper,
                                    const char          *server,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_return_if_fail (helper != NULL && server != NULL);

  run_helper (helper, "get", server, lading_credential_helper_get_async,
              cancellable, callback, user_data);
}

/**
 * lading_credential_helper_get_finish:
 * @username: (out): the user name, %LADING_CREDENTIAL_TOKEN_USERNAME for an
 *   identity token, or %NULL when the helper holds nothing for the server
 * @secret: (out): the password or token, or %NULL
 *
 * Returns: %FALSE if the helper could not be run or failed
 */
gboolean
lading_credential_helper_get_finish (GAsyncResult  *result,
                                     char         **username,
                                     char         **secret,
                                     GError       **error)
{
  Credentials *credentials;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (username != NULL && secret != NULL, FALSE);

  *username = *secret = NULL;
  if (!(credentials = g_task_propagate_pointer (G_TASK (result), error)))
    return FALSE;

  *username = g_steal_pointer (&credentials->username);
  *secret = g_steal_pointer (&credentials->secret);
  credentials_free (credentials);
  return TRUE;
}

void
lading_credential_helper_store_async (const char          *helper,
                                      const char          *server,
                                      const char          *username,
                                      const char          *secret,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *input = NULL;

  g_return_if_fail (helper != NULL && server != NULL && username != NULL && secret != NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "ServerURL");
  json_builder_add_string_value (builder, server);
  json_builder_set_member_name (builder, "Username");
  json_builder_add_string_value (builder, username);
  json_builder_set_member_name (builder, "Secret");
  json_builder_add_string_value (builder, secret);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  input = json_to_string (root, FALSE);

  run_helper (helper, "store", input, lading_credential_helper_store_async,
              cancellable, callback, user_data);
  explicit_bzero (input, strlen (input));
}

gboolean
lading_credential_helper_store_finish (GAsyncResult  *result,
                                       GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

void
lading_credential_helper_erase_async (const char          *helper,
                                      const char          *server,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_return_if_fail (helper != NULL && server != NULL);

  run_helper (helper, "erase", server, lading_credential_helper_erase_async,
              cancellable, callback, user_data);
}

gboolean
lading_credential_helper_erase_finish (GAsyncResult  *result,
                                       GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
