/* lading-terminal-session.c
 *
 * Binds a LadingTerminal to a process in a container: a shell (an exec, with
 * a TTY) or the container's main process (attach).  There is no PTY: the
 * engine's bytes are fed to the terminal, what the user types comes back
 * from VteTerminal::commit and goes out on the stream, and the terminal's
 * grid changes are sent as TTY resizes.
 *
 * An attach without a TTY is multiplexed, so it goes through the log
 * demuxer, and since no PTY turns "\n" into "\r\n" there, it is done here.
 * Without open stdin, or without a TTY, an attach is read-only.
 *
 * The stream ends when the process does, when the container stops, or when
 * the session is stopped (which detaches an attach and hangs up a shell).
 * In the first two cases
 * the terminal says so in a line of its own — for a shell, with its exit code
 * from `GET /exec/{id}/json` — and takes no more input, so a console never
 * just freezes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-terminal-session"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lading-engine-error.h"
#include "lading-engine-exec.h"
#include "lading-exec-hangup.h"
#include "lading-exec-wait.h"
#include "lading-log-demuxer.h"
#include "lading-terminal-session.h"

/* The CLI's first-resize retry (cli/command/container/tty.go): the exec's
 * process may not exist yet when the stream opens. */
#define RESIZE_TRIES    10
#define RESIZE_RETRY_MS 10

/* We detach by closing the stream, so the engine's detach keys must be
 * something nobody types by accident: the default Ctrl-P Ctrl-Q would eat
 * every Ctrl-P (previous history line) until the next key. */
#define DETACH_KEYS "ctrl-^,ctrl-_,ctrl-^,ctrl-_"

struct _LadingTerminalSession
{
  GObject                     parent_instance;

  /* Owned */
  LadingEngine               *engine;
  LadingTerminal             *terminal;
  char                       *container_id;
  char                      **argv;           /* NULL for attach */
  char                       *user;
  char                       *exec_id;
  char                       *marker;         /* in a shell's environment */
  LadingHijackedStream       *stream;
  LadingLogDemuxer           *demuxer;        /* attach without a TTY only */
  GCancellable               *cancellable;
  guint                       resize_source;

  LadingTerminalSessionState  state;
  int                         exit_code;
  guint                       resize_tries;

  guint                       tty : 1;
  guint                       interactive : 1;
  guint                       resizing : 1;
  guint                       resize_again : 1;
  guint                       resized_once : 1;
};

G_DEFINE_FINAL_TYPE (LadingTerminalSession, lading_terminal_session, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (LadingTerminalSessionState, lading_terminal_session_state,
                    G_DEFINE_ENUM_VALUE (LADING_TERMINAL_SESSION_STARTING, "starting"),
                    G_DEFINE_ENUM_VALUE (LADING_TERMINAL_SESSION_RUNNING, "running"),
                    G_DEFINE_ENUM_VALUE (LADING_TERMINAL_SESSION_ENDED, "ended"))

enum {
  PROP_0,
  PROP_ENGINE,
  PROP_TERMINAL,
  PROP_CONTAINER_ID,
  PROP_ARGV,
  PROP_USER,
  PROP_TTY,
  PROP_INTERACTIVE,
  PROP_STATE,
  PROP_EXIT_CODE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static gboolean
is_exec (LadingTerminalSession *self)
{
  return self->argv != NULL;
}

static void
set_state (LadingTerminalSession      *self,
           LadingTerminalSessionState  state)
{
  if (self->state == state)
    return;

  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STATE]);
}

/* The process ended on its own: the terminal shows it can take no more. */
static void
mark_ended (LadingTerminalSession *self)
{
  lading_terminal_set_ended (self->terminal);
  set_state (self, LADING_TERMINAL_SESSION_ENDED);
}

static void
fail (LadingTerminalSession *self,
      const char            *what,
      const GError          *error)
{
  g_autofree char *text = g_strdup_printf ("%s %s", what, error->message);

  lading_terminal_print_notice (self->terminal, text);
  mark_ended (self);
}

static void send_resize (LadingTerminalSession *self);

static void
retry_resize (gpointer user_data)
{
  LadingTerminalSession *self = user_data;

  self->resize_source = 0;
  send_resize (self);
}

static void
resize_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(LadingTerminalSession) self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (is_exec (self))
    ok = lading_engine_resize_exec_finish (LADING_ENGINE (object), result, &error);
  else
    ok = lading_engine_resize_container_finish (LADING_ENGINE (object), result, &error);

  self->resizing = FALSE;
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (!ok && !self->resized_once && ++self->resize_tries < RESIZE_TRIES)
    {
      g_debug ("First resize failed (%s), trying again", error->message);
      self->resize_source = g_timeout_add_once (self->resize_tries * RESIZE_RETRY_MS,
                                                retry_resize, self);
      return;
    }

  /* A later failure is harmless: the exec just ended, or the next one fixes it. */
  if (!ok)
    g_debug ("Resize failed: %s", error->message);
  self->resized_once = TRUE;

  if (self->resize_again)
    send_resize (self);
}

static void
send_resize (LadingTerminalSession *self)
{
  VteTerminal *terminal = VTE_TERMINAL (self->terminal);
  guint rows = vte_terminal_get_row_count (terminal);
  guint columns = vte_terminal_get_column_count (terminal);

  if (self->state != LADING_TERMINAL_SESSION_RUNNING || !self->tty || rows == 0 || columns == 0)
    return;

  /* One at a time; the last size wins. */
  if (self->resizing || self->resize_source != 0)
    {
      self->resize_again = TRUE;
      return;
    }

  self->resizing = TRUE;
  self->resize_again = FALSE;
  if (is_exec (self))
    lading_engine_resize_exec_async (self->engine, self->exec_id, rows, columns,
                                     self->cancellable, resize_cb, g_object_ref (self));
  else
    lading_engine_resize_container_async (self->engine, self->container_id, rows, columns,
                                          self->cancellable, resize_cb, g_object_ref (self));
}

/* Without a PTY nothing adds the carriage return that "\n" needs. */
static void
feed_lines (LadingTerminalSession *self,
            const char            *data,
            gsize                  length)
{
  VteTerminal *terminal = VTE_TERMINAL (self->terminal);
  const char *end = data + length;

  while (data < end)
    {
      const char *newline = memchr (data, '\n', end - data);

      if (newline == NULL)
        {
          vte_terminal_feed (terminal, data, end - data);
          break;
        }

      vte_terminal_feed (terminal, data, newline - data);
      vte_terminal_feed (terminal, "\r\n", 2);
      data = newline + 1;
    }
}

static void
demuxed_chunk_cb (LadingLogStream  stream,
                  const guint8    *data,
                  gsize            length,
                  gpointer         user_data)
{
  LadingTerminalSession *self = user_data;

  /* The engine's own complaint, e.g. that it lost the container's output. */
  if (stream == LADING_LOG_STREAM_SYSTEM)
    {
      g_autofree char *text = g_strndup ((const char *)data, length);

      lading_terminal_print_notice (self->terminal, g_strstrip (text));
      return;
    }

  feed_lines (self, (const char *)data, length);
}

static void
stream_data_cb (LadingTerminalSession *self,
                GBytes                *bytes)
{
  gsize length = 0;
  const guint8 *data = g_bytes_get_data (bytes, &length);
  g_autoptr(GError) error = NULL;

  if (self->demuxer == NULL)
    {
      vte_terminal_feed (VTE_TERMINAL (self->terminal), (const char *)data, length);
      return;
    }

  if (!lading_log_demuxer_push (self->demuxer, data, length, demuxed_chunk_cb, self, &error))
    {
      fail (self, _("The engine sent output that Lading cannot read:"), error);
      lading_terminal_session_stop (self);
    }
}

static void
exec_wait_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(LadingTerminalSession) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  int exit_code = -1;

  if (!lading_exec_wait_finish (LADING_ENGINE (object), result, &exit_code, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        fail (self, _("The shell’s exit code is unknown:"), error);
      return;
    }

  self->exit_code = exit_code;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_EXIT_CODE]);

  /* Translators: shown in the terminal once a shell or command has ended */
  text = g_strdup_printf (_("Shell exited with code %d"), exit_code);
  lading_terminal_print_notice (self->terminal, text);
  mark_ended (self);
}

static void
stream_closed_cb (LadingTerminalSession *self,
                  const GError          *error)
{
  g_autoptr(GError) demux_error = NULL;

  g_signal_handlers_disconnect_by_data (self->stream, self);
  g_clear_object (&self->stream);

  if (error != NULL)
    lading_terminal_print_notice (self->terminal, error->message);
  else if (self->demuxer != NULL && !lading_log_demuxer_finish (self->demuxer, &demux_error))
    g_debug ("Attach stream ended early: %s", demux_error->message);

  if (is_exec (self))
    {
      lading_exec_wait_async (self->engine, self->exec_id, self->cancellable,
                              exec_wait_cb, g_object_ref (self));
      return;
    }

  /* An attached stream ends when the container's main process does. */
  lading_terminal_print_notice (self->terminal, _("The container stopped"));
  mark_ended (self);
}

static void
commit_cb (LadingTerminalSession *self,
           const char            *text,
           guint                  size)
{
  if (self->stream != NULL && self->interactive)
    lading_hijacked_stream_write (self->stream, (const guint8 *)text, size);
}

static void
take_stream (LadingTerminalSession *self,
             LadingHijackedStream  *stream)
{
  self->stream = stream;
  g_signal_connect_object (stream, "data", G_CALLBACK (stream_data_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (stream, "closed", G_CALLBACK (stream_closed_cb), self,
                           G_CONNECT_SWAPPED);
  if (!self->tty)
    self->demuxer = lading_log_demuxer_new (FALSE);

  set_state (self, LADING_TERMINAL_SESSION_RUNNING);
  lading_hijacked_stream_start (stream);
  send_resize (self);
}

static void
start_exec_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(LadingTerminalSession) self = user_data;
  g_autoptr(GError) error = NULL;
  LadingHijackedStream *stream;

  stream = lading_engine_start_exec_finish (LADING_ENGINE (object), result, &error);
  if (stream == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        fail (self, _("The shell could not be started:"), error);
      return;
    }

  take_stream (self, stream);
}

static void
create_exec_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(LadingTerminalSession) self = user_data;
  g_autoptr(GError) error = NULL;

  self->exec_id = lading_engine_create_exec_finish (LADING_ENGINE (object), result, &error);
  if (self->exec_id == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        fail (self, _("The shell could not be started:"), error);
      return;
    }

  lading_engine_start_exec_async (self->engine, self->exec_id, TRUE, self->cancellable,
                                  start_exec_cb, g_object_ref (self));
}

static void
attach_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(LadingTerminalSession) self = user_data;
  g_autoptr(GError) error = NULL;
  LadingHijackedStream *stream;

  stream = lading_engine_attach_container_finish (LADING_ENGINE (object), result, &error);
  if (stream == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        fail (self, _("Could not attach to the container:"), error);
      return;
    }

  take_stream (self, stream);
}

static void
lading_terminal_session_constructed (GObject *object)
{
  LadingTerminalSession *self = (LadingTerminalSession *)object;

  G_OBJECT_CLASS (lading_terminal_session_parent_class)->constructed (object);

  g_assert (LADING_IS_ENGINE (self->engine));
  g_assert (LADING_IS_TERMINAL (self->terminal));
  g_assert (self->container_id != NULL);

  /* A shell always gets a TTY: that is what makes it interactive. */
  if (is_exec (self))
    self->tty = self->interactive = TRUE;

  vte_terminal_set_input_enabled (VTE_TERMINAL (self->terminal), self->interactive);
  g_signal_connect_object (self->terminal, "commit", G_CALLBACK (commit_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->terminal, "grid-changed", G_CALLBACK (send_resize), self,
                           G_CONNECT_SWAPPED);
}

static void
lading_terminal_session_dispose (GObject *object)
{
  LadingTerminalSession *self = (LadingTerminalSession *)object;

  lading_terminal_session_stop (self);
  g_clear_object (&self->terminal);

  G_OBJECT_CLASS (lading_terminal_session_parent_class)->dispose (object);
}

static void
lading_terminal_session_finalize (GObject *object)
{
  LadingTerminalSession *self = (LadingTerminalSession *)object;

  g_clear_pointer (&self->demuxer, lading_log_demuxer_free);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->engine);
  g_clear_pointer (&self->container_id, g_free);
  g_clear_pointer (&self->argv, g_strfreev);
  g_clear_pointer (&self->user, g_free);
  g_clear_pointer (&self->exec_id, g_free);
  g_clear_pointer (&self->marker, g_free);

  G_OBJECT_CLASS (lading_terminal_session_parent_class)->finalize (object);
}

static void
lading_terminal_session_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  LadingTerminalSession *self = LADING_TERMINAL_SESSION (object);

  switch (prop_id)
    {
    case PROP_ENGINE:
      g_value_set_object (value, self->engine);
      break;

    case PROP_TERMINAL:
      g_value_set_object (value, self->terminal);
      break;

    case PROP_CONTAINER_ID:
      g_value_set_string (value, self->container_id);
      break;

    case PROP_ARGV:
      g_value_set_boxed (value, self->argv);
      break;

    case PROP_USER:
      g_value_set_string (value, self->user);
      break;

    case PROP_TTY:
      g_value_set_boolean (value, self->tty);
      break;

    case PROP_INTERACTIVE:
      g_value_set_boolean (value, self->interactive);
      break;

    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;

    case PROP_EXIT_CODE:
      g_value_set_int (value, self->exit_code);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_terminal_session_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  LadingTerminalSession *self = LADING_TERMINAL_SESSION (object);

  switch (prop_id)
    {
    case PROP_ENGINE:
      self->engine = g_value_dup_object (value);
      break;

    case PROP_TERMINAL:
      self->terminal = g_value_dup_object (value);
      break;

    case PROP_CONTAINER_ID:
      self->container_id = g_value_dup_string (value);
      break;

    case PROP_ARGV:
      self->argv = g_value_dup_boxed (value);
      break;

    case PROP_USER:
      self->user = g_value_dup_string (value);
      break;

    case PROP_TTY:
      self->tty = g_value_get_boolean (value);
      break;

    case PROP_INTERACTIVE:
      self->interactive = g_value_get_boolean (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_terminal_session_class_init (LadingTerminalSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags construct = (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                 G_PARAM_STATIC_STRINGS);

  object_class->constructed = lading_terminal_session_constructed;
  object_class->dispose = lading_terminal_session_dispose;
  object_class->finalize = lading_terminal_session_finalize;
  object_class->get_property = lading_terminal_session_get_property;
  object_class->set_property = lading_terminal_session_set_property;

  properties [PROP_ENGINE] =
    g_param_spec_object ("engine", NULL, NULL, LADING_TYPE_ENGINE, construct);
  properties [PROP_TERMINAL] =
    g_param_spec_object ("terminal", NULL, NULL, LADING_TYPE_TERMINAL, construct);
  properties [PROP_CONTAINER_ID] =
    g_param_spec_string ("container-id", NULL, NULL, NULL, construct);
  /* The command of an exec; NULL attaches to the container's main process. */
  properties [PROP_ARGV] =
    g_param_spec_boxed ("argv", NULL, NULL, G_TYPE_STRV, construct);
  properties [PROP_USER] =
    g_param_spec_string ("user", NULL, NULL, NULL, construct);
  properties [PROP_TTY] =
    g_param_spec_boolean ("tty", NULL, NULL, FALSE, construct);
  properties [PROP_INTERACTIVE] =
    g_param_spec_boolean ("interactive", NULL, NULL, FALSE, construct);
  properties [PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL,
                       LADING_TYPE_TERMINAL_SESSION_STATE, LADING_TERMINAL_SESSION_STARTING,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_EXIT_CODE] =
    g_param_spec_int ("exit-code", NULL, NULL, -1, G_MAXINT, -1,
                      (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lading_terminal_session_init (LadingTerminalSession *self)
{
  self->cancellable = g_cancellable_new ();
  self->exit_code = -1;
}

/**
 * lading_terminal_session_new_exec:
 * @engine: the engine the container runs on
 * @terminal: where the shell shows
 * @container_id: a running container
 * @argv: the command to run, e.g. `{ "bash", NULL }`
 * @user: (nullable): whom to run it as; %NULL for the container's user
 *
 * Returns: (transfer full): a session that runs @argv with a TTY once started
 */
LadingTerminalSession *
lading_terminal_session_new_exec (LadingEngine       *engine,
                                  LadingTerminal     *terminal,
                                  const char         *container_id,
                                  const char * const *argv,
                                  const char         *user)
{
  g_return_val_if_fail (LADING_IS_ENGINE (engine), NULL);
  g_return_val_if_fail (LADING_IS_TERMINAL (terminal), NULL);
  g_return_val_if_fail (container_id != NULL, NULL);
  g_return_val_if_fail (argv != NULL && argv[0] != NULL, NULL);

  return g_object_new (LADING_TYPE_TERMINAL_SESSION,
                       "engine", engine,
                       "terminal", terminal,
                       "container-id", container_id,
                       "argv", argv,
                       "user", user != NULL && *user != '\0' ? user : NULL,
                       NULL);
}

/**
 * lading_terminal_session_new_attach:
 * @engine: the engine the container runs on
 * @terminal: where the container's output shows
 * @container_id: a running container
 * @tty: the container's Config.Tty: whether its stream is raw
 * @interactive: whether to send what the user types (the container must
 *   have a TTY and open stdin for that to work)
 *
 * Returns: (transfer full): a session attached to the container's main
 *   process once started
 */
LadingTerminalSession *
lading_terminal_session_new_attach (LadingEngine   *engine,
                                    LadingTerminal *terminal,
                                    const char     *container_id,
                                    gboolean        tty,
                                    gboolean        interactive)
{
  g_return_val_if_fail (LADING_IS_ENGINE (engine), NULL);
  g_return_val_if_fail (LADING_IS_TERMINAL (terminal), NULL);
  g_return_val_if_fail (container_id != NULL, NULL);

  return g_object_new (LADING_TYPE_TERMINAL_SESSION,
                       "engine", engine,
                       "terminal", terminal,
                       "container-id", container_id,
                       "tty", tty,
                       "interactive", interactive,
                       NULL);
}

LadingTerminal *
lading_terminal_session_get_terminal (LadingTerminalSession *self)
{
  g_return_val_if_fail (LADING_IS_TERMINAL_SESSION (self), NULL);

  return self->terminal;
}

gboolean
lading_terminal_session_get_interactive (LadingTerminalSession *self)
{
  g_return_val_if_fail (LADING_IS_TERMINAL_SESSION (self), FALSE);

  return self->interactive;
}

LadingTerminalSessionState
lading_terminal_session_get_state (LadingTerminalSession *self)
{
  g_return_val_if_fail (LADING_IS_TERMINAL_SESSION (self), LADING_TERMINAL_SESSION_ENDED);

  return self->state;
}

/**
 * lading_terminal_session_get_exit_code:
 *
 * Returns: the shell's exit code once it has ended, else -1
 */
int
lading_terminal_session_get_exit_code (LadingTerminalSession *self)
{
  g_return_val_if_fail (LADING_IS_TERMINAL_SESSION (self), -1);

  return self->exit_code;
}

/**
 * lading_terminal_session_start:
 *
 * Creates and starts the exec, or attaches; once only.
 */
void
lading_terminal_session_start (LadingTerminalSession *self)
{
  VteTerminal *terminal;

  g_return_if_fail (LADING_IS_TERMINAL_SESSION (self));
  g_return_if_fail (self->state == LADING_TERMINAL_SESSION_STARTING);
  g_return_if_fail (self->stream == NULL && self->exec_id == NULL);

  terminal = VTE_TERMINAL (self->terminal);
  if (is_exec (self))
    {
      const char *env[] = { NULL, NULL };
      LadingExecSpec spec = {
        .argv = (const char * const *)self->argv,
        .env = env,
        .user = self->user,
        .tty = TRUE,
        .rows = vte_terminal_get_row_count (terminal),
        .columns = vte_terminal_get_column_count (terminal),
      };

      self->marker = lading_exec_hangup_new_marker ();
      env[0] = self->marker;
      lading_engine_create_exec_async (self->engine, self->container_id, &spec,
                                       self->cancellable, create_exec_cb, g_object_ref (self));
    }
  else
    lading_engine_attach_container_async (self->engine, self->container_id,
                                          self->tty, self->interactive, DETACH_KEYS,
                                          self->cancellable, attach_cb, g_object_ref (self));
}

/**
 * lading_terminal_session_stop:
 *
 * Closes the stream without a word in the terminal, and leaves the terminal
 * alone (it may be going away).  For an attach this detaches and the
 * container runs on.  A live shell is hung up, as closing a terminal does:
 * Docker would keep it running after its client has gone
 * (lading-exec-hangup.c).
 */
void
lading_terminal_session_stop (LadingTerminalSession *self)
{
  g_return_if_fail (LADING_IS_TERMINAL_SESSION (self));

  /* Quietly: the terminal may be on its way out with its tab. */
  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->resize_source, g_source_remove);
  if (self->stream != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->stream, self);
      lading_hijacked_stream_close (self->stream);
      g_clear_object (&self->stream);
      if (is_exec (self))
        lading_exec_hangup (self->engine, self->container_id, self->user, self->marker);
    }
  set_state (self, LADING_TERMINAL_SESSION_ENDED);
}
