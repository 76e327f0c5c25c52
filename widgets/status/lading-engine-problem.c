/* lading-engine-problem.c
 *
 * Why Lading cannot reach an engine, in words a newcomer can act on: the
 * engine is not running, the path is wrong, the user lacks the `docker`
 * group, the versions do not match.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-engine-problem"

#include "config.h"

#include <glib/gi18n.h>

#include "lading-engine-error.h"
#include "lading-engine-problem.h"

/**
 * lading_engine_problem_classify:
 * @error: why the store is disconnected
 * @endpoint: the endpoint that was tried
 *
 * Looks at the socket path too: a unix socket that does not exist means a
 * wrong path or an engine that never started, not one that crashed.
 */
LadingEngineProblem
lading_engine_problem_classify (const GError   *error,
                                LadingEndpoint *endpoint)
{
  const char *path = lading_endpoint_get_socket_path (endpoint);

  if (error == NULL || error->domain != LADING_ENGINE_ERROR)
    return LADING_ENGINE_PROBLEM_OTHER;

  switch ((LadingEngineError)error->code)
    {
    case LADING_ENGINE_ERROR_PERMISSION_DENIED:
      return LADING_ENGINE_PROBLEM_PERMISSION;

    case LADING_ENGINE_ERROR_UNSUPPORTED_VERSION:
      return LADING_ENGINE_PROBLEM_VERSION;

    case LADING_ENGINE_ERROR_INVALID_ENDPOINT:
      return LADING_ENGINE_PROBLEM_SETTINGS;

    case LADING_ENGINE_ERROR_UNREACHABLE:
      if (lading_endpoint_get_kind (endpoint) == LADING_ENDPOINT_KIND_UNIX &&
          !g_file_test (path, G_FILE_TEST_EXISTS))
        return LADING_ENGINE_PROBLEM_NO_SOCKET;
      return LADING_ENGINE_PROBLEM_NOT_RUNNING;

    case LADING_ENGINE_ERROR_FAILED:
    case LADING_ENGINE_ERROR_NOT_FOUND:
    case LADING_ENGINE_ERROR_CONFLICT:
    case LADING_ENGINE_ERROR_BAD_REQUEST:
    case LADING_ENGINE_ERROR_BAD_RESPONSE:
    /* Registries: pulls and pushes only. */
    case LADING_ENGINE_ERROR_UNAUTHORIZED:
    case LADING_ENGINE_ERROR_DENIED:
    case LADING_ENGINE_ERROR_REGISTRY_UNREACHABLE:
    case LADING_ENGINE_ERROR_INSECURE_REGISTRY:
    case LADING_ENGINE_ERROR_INTERRUPTED:
    default:
      return LADING_ENGINE_PROBLEM_OTHER;
    }
}

char *
lading_engine_problem_dup_title (LadingEngineProblem problem)
{
  switch (problem)
    {
    case LADING_ENGINE_PROBLEM_NOT_RUNNING:
    case LADING_ENGINE_PROBLEM_NO_SOCKET:
      return g_strdup (_("No Engine Is Running"));

    case LADING_ENGINE_PROBLEM_PERMISSION:
      return g_strdup (_("Not Allowed to Use the Engine"));

    case LADING_ENGINE_PROBLEM_VERSION:
      return g_strdup (_("Engine Version Not Supported"));

    case LADING_ENGINE_PROBLEM_SETTINGS:
      return g_strdup (_("Engine Address Not Valid"));

    case LADING_ENGINE_PROBLEM_OTHER:
    default:
      return g_strdup (_("Cannot Reach the Engine"));
    }
}

/**
 * lading_engine_problem_dup_description:
 *
 * Returns: (transfer full): what went wrong at which address, what to do, and
 *   that Lading keeps trying, as Pango markup
 */
char *
lading_engine_problem_dup_description (LadingEngineProblem  problem,
                                       LadingEndpoint      *endpoint)
{
  g_autofree char *where = NULL;
  const char *uri = lading_endpoint_get_uri (endpoint);
  const char *retry = _("Lading connects by itself as soon as the engine answers.");
  g_autofree char *what = NULL;

  where = g_markup_printf_escaped ("<b>%s</b>", uri);

  switch (problem)
    {
    case LADING_ENGINE_PROBLEM_NOT_RUNNING:
      /* Translators: %s is an address such as unix:///var/run/docker.sock */
      what = g_strdup_printf (_("Nothing answers at %s. Start the engine, for example with “sudo systemctl start docker”."), where);
      break;

    case LADING_ENGINE_PROBLEM_NO_SOCKET:
      /* Translators: %s is an address such as unix:///var/run/docker.sock */
      what = g_strdup_printf (_("There is no engine socket at %s. Start the engine, or check that this is the right address."), where);
      break;

    case LADING_ENGINE_PROBLEM_PERMISSION:
      /* Translators: %s is an address such as unix:///var/run/docker.sock */
      what = g_strdup_printf (_("You may not use %s. Add yourself to the “docker” group with “sudo usermod -aG docker $USER”, then log out and in again."), where);
      break;

    case LADING_ENGINE_PROBLEM_VERSION:
      /* Translators: %s is an address such as unix:///var/run/docker.sock */
      what = g_strdup_printf (_("The engine at %s speaks an API version Lading does not support."), where);
      break;

    case LADING_ENGINE_PROBLEM_SETTINGS:
      /* Translators: %s is an address such as tcp://host:2376 */
      what = g_strdup_printf (_("The address %s or its TLS files cannot be used."), where);
      break;

    case LADING_ENGINE_PROBLEM_OTHER:
    default:
      /* Translators: %s is an address such as unix:///var/run/docker.sock */
      what = g_strdup_printf (_("The engine at %s did not answer as expected."), where);
      break;
    }

  return g_strconcat (what, "\n", retry, NULL);
}

/**
 * lading_engine_problem_describe_origin:
 *
 * Returns: why this endpoint was chosen, e.g. "from DOCKER_HOST"
 */
const char *
lading_engine_problem_describe_origin (LadingEndpointOrigin origin)
{
  switch (origin)
    {
    case LADING_ENDPOINT_ORIGIN_EXPLICIT:
      return _("chosen in Lading’s settings");
    case LADING_ENDPOINT_ORIGIN_DOCKER_HOST:
      return _("from DOCKER_HOST");
    case LADING_ENDPOINT_ORIGIN_DOCKER_CONTEXT:
      return _("from DOCKER_CONTEXT");
    case LADING_ENDPOINT_ORIGIN_CONFIG_CONTEXT:
      return _("the current docker context");
    case LADING_ENDPOINT_ORIGIN_DEFAULT:
      return _("the default Docker socket");
    case LADING_ENDPOINT_ORIGIN_ROOTLESS_DOCKER:
      return _("rootless Docker");
    case LADING_ENDPOINT_ORIGIN_DOCKER_DESKTOP:
      return _("Docker Desktop");
    case LADING_ENDPOINT_ORIGIN_PODMAN:
      return _("Podman");
    default:
      return "";
    }
}
