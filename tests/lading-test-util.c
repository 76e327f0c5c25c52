/* lading-test-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-test"

#include "config.h"

#include <libsoup/soup.h>

#include "lading-store.h"
#include "lading-test-util.h"

/* Generous: only a broken engine or a lost event gets near it. */
#define AWAIT_TIMEOUT_SECONDS 60

/* The tests' own calls use a fixed version the Debian 12 engine serves; what
 * is under test is Lading's negotiation, not these helpers'. */
#define TEST_API_PREFIX "http://localhost/v1.41"

gboolean
lading_test_have_engine (void)
{
  return g_getenv ("LADING_TEST_DOCKER_HOST") != NULL;
}

/**
 * lading_test_init:
 *
 * g_test_init(), then whether the private engine of tests/run is there.
 * Without it the program has said that it skips every test, and returns 0.
 */
gboolean
lading_test_init (int    *argc,
                  char ***argv)
{
  g_test_init (argc, argv, NULL);

  if (lading_test_have_engine ())
    return TRUE;

  g_print ("1..0 # SKIP no test engine: run tests/run\n");

  return FALSE;
}

/* A condition for lading_test_await(): @store has listed everything and
 * follows its engine. */
gboolean
lading_test_store_loaded (gpointer store)
{
  return lading_store_get_loaded (store) &&
         lading_store_get_state (store) == LADING_STORE_STATE_CONNECTED;
}

/* A condition for lading_test_await(): @store has lost its engine. */
gboolean
lading_test_store_disconnected (gpointer store)
{
  return lading_store_get_state (store) == LADING_STORE_STATE_DISCONNECTED;
}

LadingEngine *
lading_test_engine_new (void)
{
  g_autoptr(LadingEndpoint) endpoint = NULL;
  g_autoptr(GError) error = NULL;

  endpoint = lading_endpoint_new_for_uri (g_getenv ("LADING_TEST_DOCKER_HOST"), &error);
  g_assert_no_error (error);

  return lading_engine_new (endpoint);
}

static gboolean
timeout_cb (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/**
 * lading_test_await:
 *
 * Runs the main loop until @condition holds; fails the test if it does not
 * within a minute.  The condition is checked after every dispatch, so this
 * waits for an event, never for a fixed time.
 */
void
lading_test_await (LadingTestCondition  condition,
                   gpointer             data,
                   const char          *what)
{
  gboolean timed_out = FALSE;
  guint source = g_timeout_add_seconds (AWAIT_TIMEOUT_SECONDS, timeout_cb, &timed_out);

  while (!condition (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (timed_out)
    g_error ("Timed out waiting for %s", what);

  g_source_remove (source);
}

static SoupSession *
test_session (void)
{
  static SoupSession *session;

  if (session == NULL)
    {
      const char *host = g_getenv ("LADING_TEST_DOCKER_HOST");
      g_autoptr(GSocketAddress) address = NULL;

      g_assert_true (g_str_has_prefix (host, "unix://"));
      address = g_unix_socket_address_new (host + strlen ("unix://"));
      session = g_object_new (SOUP_TYPE_SESSION, "remote-connectable", address, NULL);
    }

  return session;
}

/**
 * lading_test_keep_result_cb:
 * @user_data: a `GAsyncResult **`, %NULL until the call completes
 *
 * A callback that keeps the result, for lading_test_await_result().
 */
void
lading_test_keep_result_cb (GObject      *object,
                            GAsyncResult *result,
                            gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static gboolean
result_arrived (gpointer data)
{
  return *(GAsyncResult **)data != NULL;
}

/* Waits for the result that lading_test_keep_result_cb() keeps in @result. */
void
lading_test_await_result (GAsyncResult **result,
                          const char    *what)
{
  lading_test_await (result_arrived, result, what);
}

/**
 * lading_test_connected_engine_new:
 *
 * Returns: (transfer full): an engine for the test engine, its API version
 *   negotiated
 */
LadingEngine *
lading_test_connected_engine_new (void)
{
  g_autoptr(LadingEngine) engine = lading_test_engine_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  lading_engine_connect_async (engine, NULL, lading_test_keep_result_cb, &result);
  lading_test_await_result (&result, "the engine to connect");
  g_assert_true (lading_engine_connect_finish (engine, result, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&engine);
}

/**
 * lading_test_api:
 *
 * One call to the test engine, made the way a peer would make it, with the
 * main loop running meanwhile so the store under test sees its events.
 *
 * Returns: (transfer full) (nullable): the reply's JSON, if it had any
 */
JsonNode *
lading_test_api (const char *method,
                 const char *path,
                 const char *json_body,
                 guint      *status)
{
  g_autofree char *uri = g_strconcat (TEST_API_PREFIX, path, NULL);
  g_autoptr(SoupMessage) message = soup_message_new (method, uri);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GBytes) body = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (json_body != NULL)
    {
      g_autoptr(GBytes) request = g_bytes_new (json_body, strlen (json_body));

      soup_message_set_request_body_from_bytes (message, "application/json", request);
    }

  soup_session_send_and_read_async (test_session (), message, G_PRIORITY_DEFAULT, NULL,
                                    lading_test_keep_result_cb, &result);
  lading_test_await_result (&result, path);

  body = soup_session_send_and_read_finish (test_session (), result, &error);
  g_assert_no_error (error);

  *status = soup_message_get_status (message);

  if (g_bytes_get_size (body) == 0)
    return NULL;

  /* The body is not NUL-terminated. */
  text = g_strndup (g_bytes_get_data (body, NULL), g_bytes_get_size (body));
  return json_from_string (text, NULL);
}

/**
 * lading_test_create_script_container:
 * @name: the container's name
 * @script: what the container runs, with `sh -c`
 * @extra_json: (nullable): more members for the create body, e.g.
 *   `"Labels":{"a":"b"}` (no surrounding braces)
 *
 * Creates a container of the busybox fixture image with no network that
 * runs @script.  A container of that name left by a run that crashed is
 * removed first.
 *
 * Returns: (transfer full): its id
 */
char *
lading_test_create_script_container (const char *name,
                                     const char *script,
                                     const char *extra_json)
{
  g_autoptr(JsonNode) script_node = json_node_init_string (json_node_alloc (), script);
  g_autofree char *script_json = json_to_string (script_node, FALSE);
  g_autofree char *body = NULL;
  g_autofree char *stale_path = g_strdup_printf ("/containers/%s?force=1&v=1", name);
  g_autofree char *path = g_strdup_printf ("/containers/create?name=%s", name);
  g_autoptr(JsonNode) stale = NULL;
  g_autoptr(JsonNode) reply = NULL;
  guint status = 0;

  stale = lading_test_api ("DELETE", stale_path, NULL, &status);
  g_assert_true (status == 204 || status == 404);

  body = g_strdup_printf ("{\"Image\":\"lading-fixture:latest\",\"Cmd\":[\"sh\",\"-c\",%s],"
                          "\"HostConfig\":{\"NetworkMode\":\"none\"}%s%s}",
                          script_json, extra_json != NULL ? "," : "",
                          extra_json != NULL ? extra_json : "");
  reply = lading_test_api ("POST", path, body, &status);
  g_assert_cmpuint (status, ==, 201);

  return g_strdup (json_object_get_string_member (json_node_get_object (reply), "Id"));
}

/**
 * lading_test_create_container:
 * @name: the container's name
 * @extra_json: (nullable): as for lading_test_create_script_container()
 *
 * Creates a container that sleeps until stopped, and exits at once then.
 *
 * Returns: (transfer full): its id
 */
char *
lading_test_create_container (const char *name,
                              const char *extra_json)
{
  return lading_test_create_script_container (name,
                                              "trap 'exit 0' TERM; while :; do sleep 1; done",
                                              extra_json);
}

void
lading_test_container_action (const char *id,
                              const char *action,
                              guint       expected_status)
{
  g_autofree char *path = g_strdup_printf ("/containers/%s/%s", id, action);
  g_autoptr(JsonNode) reply = NULL;
  guint status = 0;

  reply = lading_test_api ("POST", path, NULL, &status);
  g_assert_cmpuint (status, ==, expected_status);
}

void
lading_test_remove_container (const char *id)
{
  g_autofree char *path = g_strdup_printf ("/containers/%s?force=1&v=1", id);
  g_autoptr(JsonNode) reply = NULL;
  guint status = 0;

  reply = lading_test_api ("DELETE", path, NULL, &status);
  g_assert_cmpuint (status, ==, 204);
}

/* Removes the image @name (a tag or an id) if it is there, containers or not. */
void
lading_test_remove_image (const char *name)
{
  g_autofree char *escaped = g_uri_escape_string (name, NULL, FALSE);
  g_autofree char *path = g_strdup_printf ("/images/%s?force=1", escaped);
  g_autoptr(JsonNode) reply = NULL;
  guint status = 0;

  reply = lading_test_api ("DELETE", path, NULL, &status);
  g_assert_true (status == 200 || status == 404);
}

gboolean
lading_test_image_exists (const char *name)
{
  g_autofree char *escaped = g_uri_escape_string (name, NULL, FALSE);
  g_autofree char *path = g_strdup_printf ("/images/%s/json", escaped);
  g_autoptr(JsonNode) reply = NULL;
  guint status = 0;

  reply = lading_test_api ("GET", path, NULL, &status);
  g_assert_true (status == 200 || status == 404);
  return status == 200;
}

/**
 * lading_test_run_engine_script:
 * @script: a script in tests/engine/ ("stop-engine", "start-engine")
 * @args: its arguments after the engine directory
 *
 * Runs it on the test engine's directory with the main loop running, so the
 * store under test notices the engine going and coming back meanwhile.
 */
void
lading_test_run_engine_script (const char         *script,
                               const char * const *args)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) argv = NULL;
  g_autofree char *path = NULL;

  path = g_test_build_filename (G_TEST_DIST, "engine", script, NULL);
  g_strv_builder_add (builder, path);
  for (guint i = 0; args != NULL && args[i] != NULL; i++)
    g_strv_builder_add (builder, args[i]);
  g_strv_builder_add (builder, g_getenv ("LADING_TEST_ENGINE_DIR"));
  argv = g_strv_builder_end (builder);

  process = g_subprocess_newv ((const char * const *)argv, G_SUBPROCESS_FLAGS_STDOUT_SILENCE, &error);
  g_assert_no_error (error);

  g_subprocess_wait_check_async (process, NULL, lading_test_keep_result_cb, &result);
  lading_test_await_result (&result, script);
  g_subprocess_wait_check_finish (process, result, &error);
  g_assert_no_error (error);
}
