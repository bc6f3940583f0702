// What the store holds: the number of nodes of each kind (Article included).
MATCH (n)
RETURN n.kind AS kind, count(n) AS nodes
ORDER BY nodes DESC, kind;
