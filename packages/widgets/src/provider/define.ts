import "./register.js";
