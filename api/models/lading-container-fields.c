/* lading-container-fields.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-container-fields"

#include "config.h"

#include <string.h>

#include "lading-container-fields-private.h"
#include "lading-json-private.h"
#include "lading-models-private.h"

#define MINUTE G_GINT64_CONSTANT (60)
#define HOUR   (60 * MINUTE)
#define DAY    (24 * HOUR)

/* The phrases and units of Docker's units.HumanDuration ("N months" counts 30 days, "N years"
 * 365); a trailing "s" is optional. */
static const struct
{
  const char *name;
  gint64      seconds;
} duration_phrases[] = {
  { "Less than a second", 0 },
  { "About a minute",     MINUTE },
  { "About an hour",      HOUR },
}, duration_units[] = {
  { "second", 1 },
  { "minute", MINUTE },
  { "hour",   HOUR },
  { "day",    DAY },
  { "week",   7 * DAY },
  { "month",  30 * DAY },
  { "year",   365 * DAY },
};

gboolean
_lading_human_duration_parse (const char *text,
                              gint64     *seconds,
                              gint64     *unit)
{
  g_auto(GStrv) words = NULL;
  guint64 count;

  if (text == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (duration_phrases); i++)
    {
      if (strcmp (text, duration_phrases[i].name) == 0)
        {
          *seconds = duration_phrases[i].seconds;
          *unit = MAX (duration_phrases[i].seconds, 1);
          return TRUE;
        }
    }

  words = g_strsplit (text, " ", 3);
  if (g_strv_length (words) != 2)
    return FALSE;

  /* The bound keeps count × 365 days far from overflowing. */
  if (!g_ascii_string_to_unsigned (words[0], 10, 0, G_MAXINT32, &count, NULL))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (duration_units); i++)
    {
      gsize length = strlen (duration_units[i].name);

      if (strncmp (words[1], duration_units[i].name, length) == 0 &&
          (words[1][length] == '\0' || strcmp (words[1] + length, "s") == 0))
        {
          *seconds = (gint64)count * duration_units[i].seconds;
          *unit = duration_units[i].seconds;
          return TRUE;
        }
    }

  return FALSE;
}

gboolean
_lading_parse_human_duration (const char *text,
                              gint64     *seconds)
{
  gint64 unit;

  g_return_val_if_fail (seconds != NULL, FALSE);

  return _lading_human_duration_parse (text, seconds, &unit);
}

/* "Up 3 minutes (healthy)": the part in parentheses says health or "Paused". */
static void
parse_up (const char            *rest,
          gint64                 now,
          LadingContainerStatus *out)
{
  g_autofree char *duration = g_strdup (rest);
  char *paren = strstr (duration, " (");
  gint64 seconds;
  gint64 unit;

  if (paren != NULL && g_str_has_suffix (paren, ")"))
    {
      const char *inside = paren + 2;

      if (g_str_has_prefix (inside, "healthy)"))
        out->health = LADING_CONTAINER_HEALTH_HEALTHY;
      else if (g_str_has_prefix (inside, "unhealthy)"))
        out->health = LADING_CONTAINER_HEALTH_UNHEALTHY;
      else if (g_str_has_prefix (inside, "health: starting)"))
        out->health = LADING_CONTAINER_HEALTH_STARTING;

      *paren = '\0';
    }

  if (_lading_human_duration_parse (duration, &seconds, &unit))
    {
      out->started_at = MAX (now - seconds, 0);
      out->started_at_precision = unit;
    }
}

/* "(137) 5 minutes ago", after "Exited " or "Restarting ". */
static void
parse_exited (const char            *rest,
              gint64                 now,
              LadingContainerStatus *out)
{
  g_autofree char *code = NULL;
  g_autofree char *duration = NULL;
  const char *close;
  const char *after;
  gint64 exit_code;
  gint64 seconds;
  gint64 unit;

  if (rest[0] != '(' || (close = strstr (rest, ") ")) == NULL)
    return;

  code = g_strndup (rest + 1, close - rest - 1);
  if (g_ascii_string_to_signed (code, 10, G_MININT, G_MAXINT, &exit_code, NULL))
    out->exit_code = exit_code;

  after = close + strlen (") ");
  if (!g_str_has_suffix (after, " ago"))
    return;

  duration = g_strndup (after, strlen (after) - strlen (" ago"));
  if (_lading_human_duration_parse (duration, &seconds, &unit))
    {
      out->finished_at = MAX (now - seconds, 0);
      out->finished_at_precision = unit;
    }
}

void
_lading_container_status_parse (const char            *status,
                                gint64                 now,
                                LadingContainerStatus *out)
{
  g_return_if_fail (out != NULL);

  out->exit_code = 0;
  out->health = LADING_CONTAINER_HEALTH_NONE;
  out->started_at = out->finished_at = 0;
  out->started_at_precision = out->finished_at_precision = LADING_TIME_UNKNOWN;

  if (status == NULL)
    return;

  if (g_str_has_prefix (status, "Up "))
    parse_up (status + strlen ("Up "), now, out);
  else if (g_str_has_prefix (status, "Exited "))
    parse_exited (status + strlen ("Exited "), now, out);
  else if (g_str_has_prefix (status, "Restarting "))
    parse_exited (status + strlen ("Restarting "), now, out);
  else if (strcmp (status, "Created") == 0)
    out->started_at_precision = out->finished_at_precision = LADING_TIME_EXACT;
}

typedef struct
{
  char   *ip;
  char   *type;
  gint64  private_port;
  gint64  public_port;       /* 0: exposed, not published */
} Port;

static void
port_clear (gpointer data)
{
  Port *port = data;

  g_free (port->ip);
  g_free (port->type);
}

static void
add_port (GArray     *ports,
          const char *ip,
          const char *type,
          gint64      private_port,
          gint64      public_port)
{
  Port port = {
    .ip = g_strdup (ip != NULL ? ip : ""),
    .type = g_strdup (type != NULL ? type : "tcp"),
    .private_port = private_port,
    .public_port = public_port,
  };

  g_array_append_val (ports, port);
}

static int
compare_ports (gconstpointer a,
               gconstpointer b)
{
  const Port *port_a = a;
  const Port *port_b = b;
  gboolean v6_a = strchr (port_a->ip, ':') != NULL;
  gboolean v6_b = strchr (port_b->ip, ':') != NULL;
  int cmp;

  if (port_a->private_port != port_b->private_port)
    return port_a->private_port < port_b->private_port ? -1 : 1;
  if ((cmp = strcmp (port_a->type, port_b->type)) != 0)
    return cmp;
  if (port_a->public_port != port_b->public_port)
    return port_a->public_port < port_b->public_port ? -1 : 1;
  if (v6_a != v6_b)
    return v6_a ? 1 : -1;                  /* IPv4 first, as the CLI prints them */

  return strcmp (port_a->ip, port_b->ip);
}

static char *
format_port (const Port *port)
{
  if (port->public_port == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT "/%s", port->private_port, port->type);

  return g_strdup_printf ("%s%s%s%s%" G_GINT64_FORMAT "→%" G_GINT64_FORMAT "/%s",
                          strchr (port->ip, ':') != NULL ? "[" : "",
                          port->ip,
                          strchr (port->ip, ':') != NULL ? "]" : "",
                          port->ip[0] != '\0' ? ":" : "",
                          port->public_port, port->private_port, port->type);
}

static char *
format_ports (GArray *ports)
{
  g_autoptr(GString) summary = g_string_new (NULL);
  g_autofree char *previous = NULL;

  g_array_sort (ports, compare_ports);

  for (guint i = 0; i < ports->len; i++)
    {
      g_autofree char *text = format_port (&g_array_index (ports, Port, i));

      /* The engine lists a binding twice when it has more than one route to it. */
      if (g_strcmp0 (text, previous) == 0)
        continue;

      if (summary->len > 0)
        g_string_append (summary, ", ");
      g_string_append (summary, text);

      g_free (previous);
      previous = g_steal_pointer (&text);
    }

  return g_string_free (g_steal_pointer (&summary), FALSE);
}

static GArray *
port_array_new (void)
{
  GArray *ports = g_array_new (FALSE, FALSE, sizeof (Port));

  g_array_set_clear_func (ports, port_clear);

  return ports;
}

char *
_lading_ports_from_list (JsonArray *ports)
{
  g_autoptr(GArray) parsed = port_array_new ();
  guint length = ports != NULL ? json_array_get_length (ports) : 0;

  for (guint i = 0; i < length; i++)
    {
      JsonNode *node = json_array_get_element (ports, i);
      JsonObject *object;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;

      object = json_node_get_object (node);
      add_port (parsed,
                _lading_json_get_string (object, "IP"),
                _lading_json_get_string (object, "Type"),
                _lading_json_get_int (object, "PrivatePort", 0),
                _lading_json_get_int (object, "PublicPort", 0));
    }

  return format_ports (parsed);
}

/* One "80/tcp": [{"HostIp": …, "HostPort": "8080"}, …] entry; null means exposed
 * but not published. */
static void
add_port_bindings (GArray     *parsed,
                   const char *key,
                   JsonNode   *bindings)
{
  g_autofree char *number = g_strdup (key);
  char *slash = strchr (number, '/');
  const char *type = NULL;
  guint64 private_port;
  JsonArray *array;
  guint length;

  if (slash != NULL)
    {
      *slash = '\0';
      type = slash + 1;
    }

  if (!g_ascii_string_to_unsigned (number, 10, 0, G_MAXUINT16, &private_port, NULL))
    return;

  array = JSON_NODE_HOLDS_ARRAY (bindings) ? json_node_get_array (bindings) : NULL;
  length = array != NULL ? json_array_get_length (array) : 0;

  if (length == 0)
    add_port (parsed, NULL, type, private_port, 0);

  for (guint i = 0; i < length; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonObject *binding;
      const char *host_port;
      guint64 public_port;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;

      /* HostPort is "" until an ephemeral port has been picked. */
      binding = json_node_get_object (node);
      host_port = _lading_json_get_string (binding, "HostPort");
      if (host_port == NULL ||
          !g_ascii_string_to_unsigned (host_port, 10, 0, G_MAXUINT16, &public_port, NULL))
        public_port = 0;

      add_port (parsed, _lading_json_get_string (binding, "HostIp"), type,
                private_port, public_port);
    }
}

char *
_lading_ports_from_map (JsonObject *ports)
{
  g_autoptr(GArray) parsed = port_array_new ();
  JsonObjectIter iter;
  const char *key;
  JsonNode *node;

  if (ports != NULL)
    {
      json_object_iter_init (&iter, ports);
      while (json_object_iter_next (&iter, &key, &node))
        add_port_bindings (parsed, key, node);
    }

  return format_ports (parsed);
}

char *
_lading_command_from_args (const char *path,
                           JsonArray  *args)
{
  g_autoptr(GString) command = g_string_new (path);
  guint length = args != NULL ? json_array_get_length (args) : 0;

  /* Docker quotes only the arguments that contain a space, and not well: keep
   * the same text so a container read by inspect equals the listed one. */
  for (guint i = 0; i < length; i++)
    {
      const char *arg = _lading_json_get_element_string (args, i);

      if (arg == NULL)
        continue;

      if (strchr (arg, ' ') != NULL)
        g_string_append_printf (command, " '%s'", arg);
      else
        g_string_append_printf (command, " %s", arg);
    }

  return g_string_free (g_steal_pointer (&command), FALSE);
}
