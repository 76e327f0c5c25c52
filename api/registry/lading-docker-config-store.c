/* lading-docker-config-store.c
 *
 * Where a login goes, and where log out takes it from.  As the CLI does, a
 * server a helper holds (credHelpers, credsStore) is stored with and erased
 * from that helper.  For the others the CLI would write the password into
 * config.json; Lading keeps it in the keyring instead (lading-secret-store.c)
 * and removes what config.json held for the server, so that the newest login
 * is the one used, by Lading and by the CLI alike.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-docker-config"

#include "config.h"

#include "lading-credential-helper.h"
#include "lading-docker-config-private.h"
#include "lading-docker-config.h"
#include "lading-secret-store.h"

typedef gboolean (*FinishFunc) (GAsyncResult  *result,
                                GError       **error);

typedef struct
{
  char       *server;
  FinishFunc  finish;        /* the helper's or the keyring's */
  gboolean    forget_inline; /* whether config.json is tidied after */
} Change;

static void
change_free (Change *change)
{
  g_free (change->server);
  g_free (change);
}

/* Starts @task on its way to a helper (@helper) or to the keyring: only
 * when the keyring takes the login is config.json tidied, since a helper's
 * servers are marked there by the CLI and stay. */
static void
start_change (GTask      *task,
              const char *server,
              const char *helper,
              FinishFunc  helper_finish,
              FinishFunc  keyring_finish)
{
  Change *change = g_new0 (Change, 1);

  change->server = g_strdup (server);
  change->finish = helper != NULL ? helper_finish : keyring_finish;
  change->forget_inline = helper == NULL;
  g_task_set_task_data (task, change, (GDestroyNotify)change_free);
}

static void
changed_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  LadingDockerConfig *self = g_task_get_source_object (task);
  Change *change = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  if (!change->finish (result, &error) ||
      (change->forget_inline &&
       !_lading_docker_config_forget_inline (self, change->server, &error)))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * lading_docker_config_store_credentials_async:
 * @server: as for lading_docker_config_get_helper()
 * @credentials: a user name and password, or an identity token
 *
 * Keeps @credentials as @server's login, in place of the one it had: in
 * @server's helper, else in the keyring.  Never in config.json.
 */
void
lading_docker_config_store_credentials_async (LadingDockerConfig              *self,
                                              const char                      *server,
                                              const LadingRegistryCredentials *credentials,
                                              GCancellable                    *cancellable,
                                              GAsyncReadyCallback              callback,
                                              gpointer                         user_data)
{
  const char *token = lading_registry_credentials_get_identity_token (credentials);
  const char *username = token != NULL ? LADING_CREDENTIAL_TOKEN_USERNAME
                                       : lading_registry_credentials_get_username (credentials);
  const char *secret = token != NULL ? token
                                     : lading_registry_credentials_get_password (credentials);
  const char *helper;
  GTask *task;

  g_return_if_fail (LADING_IS_DOCKER_CONFIG (self));
  g_return_if_fail (server != NULL && username != NULL && secret != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, lading_docker_config_store_credentials_async);
  helper = lading_docker_config_get_helper (self, server);
  start_change (task, server, helper, lading_credential_helper_store_finish,
                lading_secret_store_store_finish);

  if (helper != NULL)
    lading_credential_helper_store_async (helper, server, username, secret, cancellable,
                                          changed_cb, task);
  else
    lading_secret_store_store_async (server, username, secret, cancellable, changed_cb, task);
}

gboolean
lading_docker_config_store_credentials_finish (LadingDockerConfig  *self,
                                               GAsyncResult        *result,
                                               GError             **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * lading_docker_config_erase_credentials_async:
 * @server: as for lading_docker_config_get_helper()
 *
 * Logs out of @server as `docker logout` does: erases its login from its
 * helper, or from the keyring and config.json.
 */
void
lading_docker_config_erase_credentials_async (LadingDockerConfig  *self,
                                              const char          *server,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data)
{
  const char *helper;
  GTask *task;

  g_return_if_fail (LADING_IS_DOCKER_CONFIG (self));
  g_return_if_fail (server != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, lading_docker_config_erase_credentials_async);
  helper = lading_docker_config_get_helper (self, server);
  start_change (task, server, helper, lading_credential_helper_erase_finish,
                lading_secret_store_erase_finish);

  if (helper != NULL)
    lading_credential_helper_erase_async (helper, server, cancellable, changed_cb, task);
  else
    lading_secret_store_erase_async (server, cancellable, changed_cb, task);
}

gboolean
lading_docker_config_erase_credentials_finish (LadingDockerConfig  *self,
                                               GAsyncResult        *result,
                                               GError             **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
