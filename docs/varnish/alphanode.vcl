vcl 4.1;
# Varnish in front of alphanode instances, purged exactly by surrogate key with bans
# (docs/operations.md, "Edge cache"). Plain Debian varnish, no vmods. alphanode sends
#   PURGE /  with  xkey-purge: /posts/a / /feed.xml     (ANP_EDGE_PURGE_MODE=keys, the default)
#   PURGE /posts/a                                      (ANP_EDGE_PURGE_MODE=urls)
# and names each response's keys in Surrogate-Key (space-separated).

import directors;

# One backend per alphanode instance; tests and bench/edge write their own ports here.
backend a { .host = "127.0.0.1"; .port = "8080"; }
backend b { .host = "127.0.0.1"; .port = "8081"; }

# Who may purge: the alphanode instances.
acl purgers { "127.0.0.1"; "::1"; }

sub vcl_init {
    new site = directors.round_robin();
    site.add_backend(a);
    site.add_backend(b);
}

sub vcl_recv {
    set req.backend_hint = site.backend();
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Not a purger"));
        }
        if (req.http.xkey-purge) {
            # Keys are matched whole: regex characters escaped, spaces between keys made alternatives.
            # The ban names obj.* only, so the ban lurker retires it in the background.
            set req.http.x-keys = regsuball(req.http.xkey-purge, "([.*+?^$()\[\]{}|\\])", "\\\1");
            set req.http.x-keys = regsuball(req.http.x-keys, " +", "|");
            ban("obj.http.Surrogate-Key ~ (^|\s)(" + req.http.x-keys + ")(\s|$)");
            return (synth(200, "Banned"));
        }
        return (purge);
    }
}

# One site: pages are cached by path alone, so a purge sent to this address reaches the copy
# readers were served under the public host name.
sub vcl_hash {
    hash_data(req.url);
    return (lookup);
}

sub vcl_backend_response {
    # TTL and grace come from Cache-Control: s-maxage (site.yml edge_max_age) and
    # stale-while-revalidate (edge_stale_while_revalidate), as Varnish reads them by itself.
    # Error pages are never kept (alphanode sends them no-store).
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Edge = "HIT";
    } else {
        set resp.http.X-Edge = "MISS";
    }
}
