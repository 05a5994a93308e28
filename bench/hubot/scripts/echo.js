// The benchmark's peer: answer every message in its thread, quoting the id of the post answered.
module.exports = (robot) => robot.hear(/./, (res) => res.send(`echo ${res.message.id}`));
