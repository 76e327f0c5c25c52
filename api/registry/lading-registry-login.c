/* lading-registry-login.c
 *
 * A login, as `docker login` makes it: the engine checks the credentials
 * with the registry (POST /auth), then they are kept where config.json says
 * (lading-docker-config-store.c).  When the registry answers with an
 * identity token, the token is kept instead of the password.  Credentials
 * that fail the check are never kept.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-registry"

#include "config.h"

#include <string.h>

#include "lading-engine-private.h"
#include "lading-image-transfer-private.h"
#include "lading-registry-login.h"

typedef struct
{
  LadingDockerConfig *config;
  char               *server;
  char               *username;
  char               *password;
} Login;

static void
login_free (Login *login)
{
  g_clear_object (&login->config);
  g_free (login->server);
  g_free (login->username);
  _lading_secret_free (login->password);
  g_free (login);
}

static void
stored_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;

  if (!lading_docker_config_store_credentials_finish (LADING_DOCKER_CONFIG (object), result,
                                                      &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
checked_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Login *login = g_task_get_task_data (task);
  g_autoptr(LadingRegistryCredentials) credentials = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *token = NULL;
  gboolean has_token;

  token = lading_engine_check_login_finish (LADING_ENGINE (object), result, &error);
  if (token == NULL)
    {
      _lading_registry_error_refine (error);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  has_token = token[0] != '\0';
  credentials = lading_registry_credentials_new (login->username,
                                                 has_token ? NULL : login->password,
                                                 has_token ? token : NULL);
  explicit_bzero (token, strlen (token));
  lading_docker_config_store_credentials_async (login->config, login->server, credentials,
                                                g_task_get_cancellable (task), stored_cb,
                                                g_object_ref (task));
}

/**
 * lading_registry_log_in_async:
 * @config: where the login is kept
 * @server: the registry, as lading_registry_auth_server() names it
 * @username: the user name
 * @password: the password, or an access token the registry accepts as one
 *
 * Checks the credentials with @engine and keeps them for @server.  Fails,
 * keeping nothing, with %LADING_ENGINE_ERROR_UNAUTHORIZED for a wrong
 * password, %LADING_ENGINE_ERROR_REGISTRY_UNREACHABLE when the engine cannot
 * reach @server, and with a G_IO_ERROR when there is no keyring to keep it.
 */
void
lading_registry_log_in_async (LadingEngine        *engine,
                              LadingDockerConfig  *config,
                              const char          *server,
                              const char          *username,
                              const char          *password,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  Login *login;
  GTask *task;

  g_return_if_fail (LADING_IS_ENGINE (engine));
  g_return_if_fail (LADING_IS_DOCKER_CONFIG (config));
  g_return_if_fail (server != NULL && username != NULL && password != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, lading_registry_log_in_async);
  login = g_new0 (Login, 1);
  login->config = g_object_ref (config);
  login->server = g_strdup (server);
  login->username = g_strdup (username);
  login->password = g_strdup (password);
  g_task_set_task_data (task, login, (GDestroyNotify)login_free);

  lading_engine_check_login_async (engine, server, username, password, cancellable,
                                   checked_cb, task);
}

gboolean
lading_registry_log_in_finish (GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
