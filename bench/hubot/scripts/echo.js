// The benchmark's peer: answer every message in its thread (hubot-matteruser's reply sets root_id), quoting the
// id of the post answered so the driver can time it.
module.exports = (robot) => robot.hear(/./, (res) => res.reply(`echo ${res.message.id}`));
